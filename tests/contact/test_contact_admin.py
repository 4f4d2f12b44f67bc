"""Enquiry handlers work through the inbox in the admin; unsent enquiries cannot be missed."""

import datetime

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from contact.models import Enquiry
from core.models import RateCounter
from tests.support.factories import make_content_editor, make_enquiry

pytestmark = pytest.mark.django_db

INBOX = "/hallinta/contact/enquiry/"


@pytest.fixture
def handler_client():
    user = User.objects.create_user("kasittelija", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name="Yhteydenottojen käsittelijä"))
    client = Client()
    client.force_login(user)
    return client


def test_inbox_lists_newest_first(handler_client):
    make_enquiry(name="Vanha", created_at=timezone.now() - datetime.timedelta(days=3))
    make_enquiry(name="Uusi")

    html = handler_client.get(INBOX).content.decode()

    assert html.index("Uusi") < html.index("Vanha")


@pytest.mark.parametrize(
    ("status_filter", "shown", "hidden"),
    [
        ("uusi", "Avoin", "Hoidettu"),
        ("kasitelty", "Hoidettu", "Avoin"),
        ("epaonnistui", "Perillepääsemätön", "Avoin"),
        ("roskaposti", "Mainostaja", "Avoin"),
    ],
)
def test_inbox_filters_by_status(handler_client, status_filter, shown, hidden):
    make_enquiry(name="Avoin")
    make_enquiry(name="Hoidettu", status=Enquiry.Status.HANDLED)
    make_enquiry(name="Perillepääsemätön", notified_at=None, notify_error="SMTP down")
    make_enquiry(name="Mainostaja", status=Enquiry.Status.SPAM)

    html = handler_client.get(INBOX, {"tila": status_filter}).content.decode()

    assert shown in html
    assert hidden not in html


def test_inbox_searches_name_email_and_organisation(handler_client):
    make_enquiry(name="Liisa", organisation="Kaupunginkirjasto")
    make_enquiry(name="Pekka", email="pekka@yritys.example")

    assert "Liisa" in handler_client.get(INBOX, {"q": "kirjasto"}).content.decode()
    html = handler_client.get(INBOX, {"q": "yritys.example"}).content.decode()
    assert "Pekka" in html
    assert "Liisa" not in html


def test_unsent_enquiries_are_shown_prominently(handler_client):
    make_enquiry(name="Perillepääsemätön", notified_at=None, notify_error="Connection refused")

    html = handler_client.get(INBOX).content.decode()

    assert "1 yhteydenotto ei ole tavoittanut henkilökuntaa sähköpostilla." in html
    assert "Lähetys epäonnistui" in html


def test_submitted_data_is_read_only(handler_client):
    enquiry = make_enquiry()

    handler_client.post(
        f"{INBOX}{enquiry.pk}/change/",
        {"name": "Muutettu", "message": "Muutettu", "status": "handled", "staff_notes": "Soitin."},
    )

    enquiry.refresh_from_db()
    assert enquiry.name == "Matti Meikäläinen"
    assert enquiry.status == Enquiry.Status.HANDLED
    assert enquiry.handled_at is not None
    assert enquiry.staff_notes == "Soitin."


def test_enquiries_cannot_be_added_in_the_admin(handler_client):
    assert handler_client.get(f"{INBOX}add/").status_code == 403


def test_actions_mark_handled_and_spam(handler_client):
    first, second = make_enquiry(name="Eka"), make_enquiry(name="Toka")

    handler_client.post(INBOX, {"action": "mark_handled", "_selected_action": [first.pk]})
    handler_client.post(INBOX, {"action": "mark_spam", "_selected_action": [second.pk]})

    first.refresh_from_db()
    second.refresh_from_db()
    assert first.status == Enquiry.Status.HANDLED
    assert first.handled_at is not None
    assert second.status == Enquiry.Status.SPAM


def test_resend_action_sends_the_selected_enquiries(handler_client):
    enquiry = make_enquiry(notified_at=None, notify_error="SMTP down")

    response = handler_client.post(
        INBOX, {"action": "resend_notification", "_selected_action": [enquiry.pk]}, follow=True
    )

    enquiry.refresh_from_db()
    assert enquiry.notified_at is not None
    assert enquiry.notify_error == ""
    assert len(mail.outbox) == 1
    assert "1 yhteydenotto lisättiin lähetysjonoon." in response.content.decode()


def test_resend_action_never_sends_an_enquiry_that_was_sent_already(handler_client):
    sent = make_enquiry()

    response = handler_client.post(
        INBOX, {"action": "resend_notification", "_selected_action": [sent.pk]}, follow=True
    )

    assert mail.outbox == []
    assert "0 yhteydenottoa lisättiin lähetysjonoon." in response.content.decode()


def test_content_editor_cannot_read_enquiries():
    client = Client()
    client.force_login(make_content_editor())

    assert client.get(INBOX).status_code == 403


def test_handler_cannot_see_users(handler_client):
    assert handler_client.get("/hallinta/auth/user/").status_code == 403


def test_send_pending_enquiries_sends_each_unsent_one_once():
    unsent = make_enquiry(notified_at=None)
    make_enquiry(name="Jo lähetetty")
    make_enquiry(name="Roska", notified_at=None, status=Enquiry.Status.SPAM)

    call_command("send_pending_enquiries")
    call_command("send_pending_enquiries")

    assert len(mail.outbox) == 1
    assert "Matti Meikäläinen" in mail.outbox[0].subject
    unsent.refresh_from_db()
    assert unsent.notified_at is not None


def test_send_pending_enquiries_exits_with_an_error_while_sending_fails(settings):
    settings.CONTACT_RECIPIENTS = []
    enquiry = make_enquiry(notified_at=None)

    with pytest.raises(SystemExit):
        call_command("send_pending_enquiries")

    enquiry.refresh_from_db()
    assert enquiry.notified_at is None
    assert "CONTACT_RECIPIENTS" in enquiry.notify_error
    assert enquiry.notify_attempts == 1


def test_purge_enquiries_deletes_only_those_past_the_retention_period(settings):
    settings.ENQUIRY_RETENTION_DAYS = 730
    now = timezone.now()
    make_enquiry(name="Vanha", created_at=now - datetime.timedelta(days=731))
    make_enquiry(name="Tuore", created_at=now - datetime.timedelta(days=729))

    call_command("purge_enquiries")

    assert list(Enquiry.objects.values_list("name", flat=True)) == ["Tuore"]


def test_purge_enquiries_takes_their_names_out_of_the_admin_log_too(handler_client, settings):
    settings.ENQUIRY_RETENTION_DAYS = 730
    now = timezone.now()
    old = make_enquiry(name="Vanha Asiakas", created_at=now - datetime.timedelta(days=731))
    fresh = make_enquiry(name="Tuore Asiakas")
    for enquiry in (old, fresh):
        handler_client.post(
            f"{INBOX}{enquiry.pk}/change/", {"status": "handled", "staff_notes": "Soitettu."}
        )
    deleted_long_ago = make_enquiry(name="Poistettu Asiakas")
    handler_client.post(f"{INBOX}{deleted_long_ago.pk}/delete/", {"post": "yes"})
    LogEntry.objects.filter(object_repr__startswith="Poistettu").update(
        action_time=now - datetime.timedelta(days=731)
    )
    assert LogEntry.objects.filter(object_repr__contains="Asiakas").count() == 3

    call_command("purge_enquiries")

    assert list(LogEntry.objects.values_list("object_repr", flat=True)) == [str(fresh)]


def test_purge_enquiries_forgets_rate_counters_whose_period_is_over():
    RateCounter.objects.create(key="contact:old", count=5, expires_at=timezone.now())
    RateCounter.objects.create(
        key="contact:current", count=1, expires_at=timezone.now() + datetime.timedelta(hours=1)
    )
    RateCounter.objects.filter(key="contact:old").update(
        expires_at=timezone.now() - datetime.timedelta(hours=1)
    )

    call_command("purge_enquiries")

    assert list(RateCounter.objects.values_list("key", flat=True)) == ["contact:current"]


def test_inbox_pages_render_in_finnish(handler_client):
    enquiry = make_enquiry(notified_at=None, notify_error="Connection refused")

    for url in (INBOX, f"{INBOX}{enquiry.pk}/change/", f"{INBOX}{enquiry.pk}/delete/"):
        response = handler_client.get(url)
        assert response.status_code == 200, url
        assert "Kirjaudu ulos" in response.content.decode()


def test_inbox_stays_quick_with_hundreds_of_enquiries(
    handler_client, django_assert_max_num_queries
):
    Enquiry.objects.bulk_create(
        Enquiry(name=f"Asiakas {number}", email=f"asiakas{number}@example.com", message="Hei")
        for number in range(300)
    )

    with django_assert_max_num_queries(12):
        response = handler_client.get(INBOX)

    html = response.content.decode()
    assert html.count('class="action-select"') == 50  # one page, not all 300
    assert "Asiakas 299" in html


def row_of(html, name):
    """The inbox row that holds ``name``."""
    start = html.index(name)
    return html[html.rindex("<tr", 0, start) : html.index("</tr>", start)]


def test_inbox_columns_show_status_topic_sender_message_time_and_delivery(handler_client):
    make_enquiry(
        name="Liisa Lähettäjä",
        email="liisa@example.com",
        organisation="Kirjasto",
        topic_name="Ryhmätyönohjaus",
        message="\n\nHaluaisimme ryhmätyönohjausta syksyllä.\nToinen rivi ei näy listassa.",
        created_at=timezone.make_aware(datetime.datetime(2026, 3, 4, 10, 30)),
        notified_at=timezone.make_aware(datetime.datetime(2026, 3, 4, 10, 31)),
    )

    html = handler_client.get(INBOX).content.decode()

    headers = [
        "Tila",
        "Aihe",
        "Lähettäjä",
        "Viesti",
        "Lähetetty",
        "Sähköposti henkilökunnalle",
    ]
    for header in headers:
        assert f">{header}</a>" in html or f">{header}</span>" in html, header
    row = row_of(html, "Liisa Lähettäjä")
    assert '<span class="enquiry-status enquiry-status--new">Uusi</span>' in row
    assert "Ryhmätyönohjaus" in row
    assert '<a href="mailto:liisa@example.com">liisa@example.com</a>' in row
    assert "Kirjasto" in row
    assert "Haluaisimme ryhmätyönohjausta syksyllä." in row
    assert "Toinen rivi" not in row
    assert "4.3.2026 10.30" in row
    assert "Lähetetty 4.3. 10.31" in row


def test_a_failed_email_shows_a_finnish_reason_in_the_inbox(handler_client):
    make_enquiry(
        name="Perillepääsemätön",
        notified_at=None,
        notify_attempts=3,
        notify_error="SMTPServerDisconnected: Connection unexpectedly closed",
    )

    inbox = handler_client.get(INBOX).content.decode()
    row = row_of(inbox, "Perillepääsemätön")
    page = handler_client.get(f"{INBOX}{Enquiry.objects.get().pk}/change/").content.decode()

    assert "Epäonnistui 3 yrityksen jälkeen." in row
    assert "Epäonnistui 3 yrityksen jälkeen." in page
    assert "Sähköpostipalvelimeen ei saatu yhteyttä." in page
    assert "SMTPServerDisconnected" not in inbox
    assert "SMTPServerDisconnected" not in page


def test_inbox_filters_by_topic_and_month(handler_client):
    make_enquiry(
        name="Asiakas Ryhmä",
        topic_name="Ryhmätyönohjaus",
        created_at=timezone.make_aware(datetime.datetime(2026, 3, 15, 12)),
    )
    make_enquiry(
        name="Asiakas Yksilö",
        topic_name="Yksilötyönohjaus",
        created_at=timezone.make_aware(datetime.datetime(2026, 4, 1, 0, 30)),
    )

    by_topic = handler_client.get(INBOX, {"topic_name": "Ryhmätyönohjaus"}).content.decode()
    by_month = handler_client.get(INBOX, {"kuukausi": "2026-04"}).content.decode()
    unfiltered = handler_client.get(INBOX).content.decode()

    assert "Asiakas Ryhmä" in by_topic
    assert "Asiakas Yksilö" not in by_topic
    assert "Asiakas Yksilö" in by_month
    assert "Asiakas Ryhmä" not in by_month
    assert "Huhtikuu 2026" in unfiltered  # the month filter offers the months that have mail
    assert "Maaliskuu 2026" in unfiltered


def test_an_unknown_month_is_a_clear_error_not_a_crash(handler_client):
    response = handler_client.get(INBOX, {"kuukausi": "2026-13"}, follow=True)

    assert response.status_code == 200


def test_the_change_page_shows_the_whole_message_and_the_attached_map(handler_client):
    enquiry = make_enquiry(
        message="Ensimmäinen rivi.\nToinen rivi.\nKolmas rivi.",
        map_summary="Työyhteisökartta: https://example.com/tyoyhteisokartta/?v=1\n- Johtajuus: 2,0",
    )

    html = handler_client.get(f"{INBOX}{enquiry.pk}/change/").content.decode()

    assert "Ensimmäinen rivi.<br>Toinen rivi.<br>Kolmas rivi." in html
    assert '<a href="https://example.com/tyoyhteisokartta/?v=1"' in html
    assert '<tr><th scope="row">Johtajuus</th><td>2,0</td><td></td></tr>' in html
