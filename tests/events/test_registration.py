"""Registering for an event through its page, the waitlist, and cancelling with the link."""

import re
from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse

from events.models import Event, Registration
from tests.support.events import make_event, participant_mail, registration_data, staff_mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def manage_link(message):
    return re.search(r"https?://[^\s]+/koulutukset/ilmoittautuminen/[0-9a-f]+/", message.body)[0]


def path_of(url):
    return url.split("://", 1)[1].partition("/")[2].join(["/", ""])


def test_the_event_page_shows_the_form_and_the_places_left(client):
    event = make_event(places=3)
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    html = response.content.decode()
    assert "Työnohjauksen tietoisku" in html
    assert "3 paikkaa jäljellä" in html
    assert 'name="osallistuja-0-email"' in html


def test_registering_confirms_with_an_invite_and_a_link_of_ones_own(client):
    event = make_event(places=3)
    response = client.post(event.get_absolute_url(), registration_data())
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.REGISTERED
    assert Event.objects.get().taken == 1
    [message] = participant_mail()
    assert message.to[0].endswith("<maija@example.com>")
    assert "Ilmoittautuminen vahvistettu" in message.subject
    [(content, mimetype)] = [
        (a.get_payload(decode=True), a.get_content_type()) for a in message.attachments
    ]
    assert mimetype == "text/calendar"
    assert b"METHOD:REQUEST" in content
    page = client.get(path_of(manage_link(message)))
    assert page.status_code == 200
    assert "Maija Meikäläinen" in page.content.decode()
    assert page["Referrer-Policy"] == "no-referrer"


def test_several_from_one_organisation_each_get_their_own_confirmation(client):
    event = make_event(places=3)
    data = registration_data(("Maija", "maija@example.com"), ("Matti", "matti@example.com"))
    response = client.post(event.get_absolute_url(), data)
    assert response.status_code == 302
    assert response["Location"].endswith("?ilmoittauduttu=2")
    assert sorted(m.to[0] for m in participant_mail()) == [
        "Maija <maija@example.com>",
        "Matti <matti@example.com>",
    ]  # plain ASCII names stay as written
    assert len({manage_link(m) for m in participant_mail()}) == 2
    [notice] = staff_mail()  # one notice of the whole group
    assert "Maija, maija@example.com" in notice.body
    assert "Matti, matti@example.com" in notice.body
    assert Event.objects.get().taken == 2
    page = client.get(response["Location"])
    assert "Matti" in page.content.decode()


def test_a_full_event_says_so_and_offers_the_waitlist(client):
    event = make_event(places=1)
    client.post(event.get_absolute_url(), registration_data())
    data = registration_data(("Matti", "matti@example.com"))
    response = client.post(event.get_absolute_url(), data)
    assert response.status_code == 409
    html = response.content.decode()
    assert "Täynnä – liity jonoon" in html
    assert 'name="jonoon" value="True"' in html
    assert Registration.objects.count() == 1

    response = client.post(event.get_absolute_url(), {**data, "jonoon": "True"})
    assert response.status_code == 302
    waiting = Registration.objects.get(email="matti@example.com")
    assert waiting.status == Registration.Status.WAITLISTED
    assert waiting.waitlist_position() == 1
    assert "jonossa" in participant_mail()[-1].subject.lower()
    assert not participant_mail()[-1].attachments
    page = client.get(response["Location"])
    assert "numero 1 jonossa" in page.content.decode()


def test_a_group_larger_than_the_places_left_fills_them_and_queues_the_rest(client):
    event = make_event(places=2)
    people = [("A", "a@example.com"), ("B", "b@example.com"), ("C", "c@example.com")]
    response = client.post(event.get_absolute_url(), registration_data(*people))
    assert response.status_code == 409
    assert "Vain 2 paikkaa on jäljellä" in response.content.decode()
    response = client.post(event.get_absolute_url(), registration_data(*people, jonoon="True"))
    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "a@example.com": "registered",
        "b@example.com": "registered",
        "c@example.com": "waitlisted",
    }


def test_cancelling_with_the_link_gives_the_place_to_the_first_in_the_queue(client):
    event = make_event(places=1)
    client.post(event.get_absolute_url(), registration_data())
    client.post(
        event.get_absolute_url(),
        registration_data(("Matti", "matti@example.com"), jonoon="True"),
    )
    client.post(
        event.get_absolute_url(),
        registration_data(("Liisa", "liisa@example.com"), jonoon="True"),
    )
    cancel_url = path_of(manage_link(participant_mail()[0])) + "peru/"
    mail.outbox.clear()

    question = client.get(cancel_url)
    assert question.status_code == 200
    assert Registration.objects.filter(status="cancelled").count() == 0  # viewing changes nothing
    response = client.post(cancel_url, {"vahvista": "1"})
    assert response.status_code == 200

    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "maija@example.com": "cancelled",
        "matti@example.com": "registered",
        "liisa@example.com": "waitlisted",
    }
    assert Event.objects.get().taken == 1
    subjects = {m.to[0].split("<")[1].rstrip(">"): m.subject for m in participant_mail()}
    assert set(subjects) == {"maija@example.com", "matti@example.com"}
    assert subjects["matti@example.com"].startswith("Saitte paikan")
    [notice] = staff_mail()  # the cancellation; the promotion tells staff nothing
    assert notice.subject == "Ilmoittautuminen peruttu: Työnohjauksen tietoisku, Maija Meikäläinen"
    assert Registration.objects.get(email="liisa@example.com").waitlist_position() == 1
    # The link does nothing more.
    assert client.post(cancel_url, {"vahvista": "1"}).status_code == 410


def test_the_same_email_cannot_register_twice(client):
    event = make_event(places=3)
    client.post(event.get_absolute_url(), registration_data())
    response = client.post(event.get_absolute_url(), registration_data())
    assert response.status_code == 409
    assert "on jo ilmoittautunut" in response.content.decode()
    assert Event.objects.get().taken == 1


def test_the_same_form_sent_twice_registers_once(client):
    event = make_event(places=3)
    data = registration_data()
    first = client.post(event.get_absolute_url(), data)
    second = client.post(event.get_absolute_url(), data)
    assert first["Location"].split("?")[0] == second["Location"]
    assert Registration.objects.count() == 1
    assert len(participant_mail()) == 1
    assert len(staff_mail()) == 1


def test_an_event_with_a_fee_asks_who_pays_and_how(client):
    event = make_event(places=3, price=Decimal("120"))
    response = client.post(event.get_absolute_url(), registration_data())
    assert response.status_code == 400
    assert "Valitkaa, kuka maksaa" in response.content.decode()
    response = client.post(event.get_absolute_url(), registration_data(invoicing="organisation"))
    assert response.status_code == 400
    assert "verkkolaskuosoite" in response.content.decode().lower()
    response = client.post(
        event.get_absolute_url(),
        registration_data(
            invoicing="organisation",
            e_invoice_address="0037 1234 5678",
            e_invoice_operator="003721291126",
            buyer_reference="KP 4100",
        ),
    )
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.e_invoice_address == "003712345678"
    assert registration.buyer_reference == "KP 4100"


def test_bad_input_gets_a_clear_finnish_error_and_stores_nothing(client):
    event = make_event(places=3)
    data = registration_data(("", "ei-osoite"))
    response = client.post(event.get_absolute_url(), data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "Osallistuja 1" in html
    assert "Tarkistakaa sähköpostiosoite" in html
    data = registration_data(("Maija", "maija@example.com"), ("Matti", "MAIJA@example.com"))
    response = client.post(event.get_absolute_url(), data)
    assert response.status_code == 400
    assert "oma sähköpostiosoite" in response.content.decode()
    garbage = {**registration_data(), "osallistuja-TOTAL_FORMS": "x"}
    assert client.post(event.get_absolute_url(), garbage).status_code == 400
    assert not Registration.objects.exists()


def test_adding_a_participant_without_javascript_keeps_what_was_written(client):
    event = make_event(places=3)
    data = registration_data(lisaa="1")
    response = client.post(event.get_absolute_url(), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'value="Maija Meikäläinen"' in html
    assert 'name="osallistuja-1-name"' in html
    assert "Osallistuja 2" in html
    assert not Registration.objects.exists()


def test_registration_closes_at_its_deadline(client):
    from datetime import timedelta

    from django.utils import timezone

    event = make_event(places=3, registration_closes=timezone.now() - timedelta(minutes=1))
    page = client.get(event.get_absolute_url())
    assert "Ilmoittautuminen on päättynyt" in page.content.decode()
    response = client.post(event.get_absolute_url(), registration_data())
    assert response.status_code == 410
    assert not Registration.objects.exists()


def test_the_honeypot_stores_nothing(client):
    event = make_event(places=3)
    response = client.post(event.get_absolute_url(), registration_data(website="spam"))
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_past_and_unpublished_events_are_not_listed(client):
    make_event(slug="tuleva", title="Tuleva koulutus")
    make_event(slug="mennyt", title="Mennyt koulutus", days_ahead=-3)
    make_event(slug="luonnos", title="Luonnos", published=False)
    html = client.get(reverse("events:list")).content.decode()
    assert "Tuleva koulutus" in html
    assert "Mennyt koulutus" not in html
    assert "Luonnos" not in html
    assert client.get("/koulutukset/luonnos/").status_code == 404
