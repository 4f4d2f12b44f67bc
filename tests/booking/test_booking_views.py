"""
Booking a free first conversation through the public pages: free times in Finnish, the same
spam traps as the contact form, no double booking, and the client's own link to cancel or
move, which works once.
"""

import re
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from booking import availability
from booking.forms import TOKEN_SALT, format_time
from booking.models import Booking
from contact.forms import TOKEN_SALT as CONTACT_TOKEN_SALT
from core import spam
from tests.support.bookings import (
    SLOT_LINK,
    TIMES,
    book_first_free_time,
    booking_data,
    every_free_value,
    free_values,
    make_calendar,
    make_supervisor,
    send,
    started,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


@pytest.fixture
def calendar():
    return make_calendar(make_supervisor(email="anna@example.com"), location="Teams")


def test_the_list_shows_free_times_in_finnish_time_within_a_few_queries(
    client, calendar, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        response = client.get(TIMES)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Varatkaa maksuton tutustumiskeskustelu" in html
    assert "Suomen aikaa" in html
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert len(SLOT_LINK.findall(html)) > 10
    assert re.search(
        r'aria-label="Varatkaa aika (ma|ti|ke|to|pe|la|su) \d+\.\d+\. klo \d+\.\d\d', html
    )


def test_a_booking_is_stored_emailed_with_invites_and_its_time_disappears_at_once(client, calendar):
    value = free_values(client)[0]

    response = send(client, value)

    booking = Booking.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/ajanvaraus/varaus/{booking.manage_token}/?vahvistettu=1"
    assert format_time(booking.start) == value
    assert booking.end - booking.start == timedelta(minutes=30)
    assert booking.name == "Åsa Äijälä"
    assert booking.manage_token not in str(Booking.objects.values().get())  # hash only
    assert value not in free_values(client)
    [to_client, to_staff] = sorted(mail.outbox, key=lambda message: message.to[0])
    assert to_client.to[0].endswith(" <asa@example.com>")
    assert to_client.subject.startswith("Varaus vahvistettu: ")
    assert booking.manage_url() in to_client.body
    assert to_staff.to == ["anna@example.com"]
    assert to_staff.subject.startswith("Uusi ajanvaraus: ")
    for message in mail.outbox:
        [invite] = [a for a in message.attachments if a.get_content_type() == "text/calendar"]
        assert invite.get_param("method") == "REQUEST"
    page = client.get(response["Location"])
    assert "Varauksenne on vahvistettu" in page.content.decode()


def test_the_same_form_sent_twice_books_once(client, calendar):
    value = free_values(client)[0]
    data = booking_data(aika=value, started=started())

    first = client.post(reverse("booking:book"), data)
    second = client.post(reverse("booking:book"), data)

    assert first.status_code == second.status_code == 302
    assert first["Location"].split("?")[0] == second["Location"]
    assert Booking.objects.count() == 1


def test_a_time_taken_by_someone_else_gets_a_finnish_answer_with_the_nearest_times(
    client, calendar
):
    values = free_values(client)
    assert send(client, values[0]).status_code == 302

    response = send(client, values[0], name="Toinen Varaaja", email="toinen@example.com")

    html = response.content.decode()
    assert response.status_code == 409
    assert "Tämä aika ehdittiin juuri varata" in html
    assert f'value="{values[1]}"' in html  # the nearest free time, to choose at once
    assert 'value="Toinen Varaaja"' in html  # what they typed is kept
    assert Booking.objects.count() == 1


def test_missing_details_get_finnish_errors_and_nothing_is_stored(client, calendar):
    value = free_values(client)[0]

    response = send(client, value, email="")

    html = response.content.decode()
    assert response.status_code == 400
    assert "Tarkistakaa lomake" in html
    assert "Sähköposti: " in html
    assert not Booking.objects.exists()


@pytest.mark.parametrize("address", ['"a\x01b"@example.com', "a@exa\u200bmple.com"])
def test_control_characters_in_the_email_address_are_refused_in_finnish(client, calendar, address):
    response = send(client, free_values(client)[0], email=address)

    assert response.status_code == 400
    assert "Poistakaa sähköpostiosoitteesta näkymättömät ohjausmerkit." in response.content.decode()
    assert not Booking.objects.exists()
    assert mail.outbox == []


def test_an_altered_time_is_refused_in_finnish(client, calendar):
    response = send(client, "20261303T9999Z")

    assert response.status_code == 400
    assert "Valitkaa aika" in response.content.decode()
    assert not Booking.objects.exists()


def test_the_honeypot_and_a_too_fast_form_store_nothing(client, calendar):
    value = free_values(client)[0]

    caught = send(client, value, website="http://roskaa.example")
    too_fast = client.post(
        reverse("booking:book"),
        booking_data(aika=value, started=spam.issue_form_token(salt=TOKEN_SALT)),
    )
    contact_token = client.post(
        reverse("booking:book"),
        booking_data(
            aika=value, started=spam.issue_form_token(time.time() - 60, salt=CONTACT_TOKEN_SALT)
        ),
    )

    assert caught.status_code == too_fast.status_code == contact_token.status_code == 400
    assert "nopeammin kuin" in too_fast.content.decode()
    assert not Booking.objects.exists()
    assert mail.outbox == []


def test_bookings_from_one_address_are_rate_limited(client, calendar, settings):
    settings.BOOKING_RATE_LIMIT = 2
    values = free_values(client)

    statuses = [send(client, value, email=f"a{n}@example.com").status_code
                for n, value in enumerate(values[:3])]  # fmt: skip

    assert statuses == [302, 302, 429]
    assert Booking.objects.count() == 2


def test_no_preference_books_whichever_supervisor_is_free(client, calendar):
    other = make_calendar(make_supervisor(slug="olli-testi", name="Olli Testi"))
    value = free_values(client)[0]

    assert send(client, value).status_code == 302
    assert send(client, value, email="b@example.com").status_code == 302
    assert send(client, value, email="c@example.com").status_code == 409

    assert {b.supervisor_id for b in Booking.objects.all()} == {
        calendar.supervisor_id,
        other.supervisor_id,
    }
    # With both taken, the time is no longer listed.
    assert value not in free_values(client)


def test_a_chosen_supervisor_and_form_of_supervision_are_kept(client, calendar):
    from tests.support.factories import make_form

    topic = make_form()
    calendar.supervisor.forms.add(topic)
    make_calendar(make_supervisor(slug="olli-testi", name="Olli Testi"))
    query = "?ohjaaja=anna-testi&muoto=testiohjaus"
    value = free_values(client, query)[0]

    send(client, value, query="", ohjaaja="anna-testi", muoto="testiohjaus")

    booking = Booking.objects.get()
    assert booking.supervisor == calendar.supervisor
    assert booking.topic_name == "Testiohjaus"
    assert free_values(client, "?ohjaaja=nobody") == free_values(client)


def test_the_cancel_link_works_once_and_frees_the_time(client, calendar):
    booking, link = book_first_free_time(client, calendar)
    value = format_time(booking.start)

    page = client.get(link)
    cancelled = client.post(link + "peru/", {"vahvista": "1"})
    replayed = client.post(link + "peru/", {"vahvista": "1"})
    reopened = client.get(link)

    assert page.status_code == 200
    assert "Perukaa varaus" in page.content.decode()
    assert cancelled.status_code == 200
    assert "Varauksenne on peruttu" in cancelled.content.decode()
    assert replayed.status_code == reopened.status_code == 410
    assert "Varaus on peruttu" in replayed.content.decode()
    booking.refresh_from_db()
    assert (booking.status, booking.cancelled_by, booking.sequence) == ("cancelled", "client", 1)
    assert value in free_values(client)
    assert sorted(m.subject.split(":")[0] for m in mail.outbox) == [
        "Ajanvaraus peruttu",
        "Varaus peruttu",
    ]


def test_cancelling_asks_once_more_and_only_the_answer_cancels(client, calendar):
    booking, link = book_first_free_time(client, calendar)

    page = client.get(link).content.decode()
    asked = client.get(link + "peru/")
    unconfirmed = client.post(link + "peru/")

    assert f'href="{link}peru/"' in page  # a link to the question, not a form that cancels
    for response in (asked, unconfirmed):
        html = response.content.decode()
        assert response.status_code == 200
        assert "Haluatteko varmasti perua?" in html
        assert 'name="vahvista" value="1"' in html
        assert "Kyllä, perun varauksen" in html
        assert f'href="{link}"' in html  # "En, pidän varauksen" goes back
    booking.refresh_from_db()
    assert booking.is_active
    assert mail.outbox == []

    cancelled = client.post(link + "peru/", {"vahvista": "1"})

    assert "Varauksenne on peruttu" in cancelled.content.decode()
    booking.refresh_from_db()
    assert booking.status == "cancelled"


def test_an_altered_link_gets_a_finnish_404_and_changes_nothing(client, calendar):
    booking, link = book_first_free_time(client, calendar)
    altered = link.replace(booking.manage_token, booking.manage_token[:-1] + "0")
    if altered == link:
        altered = link.replace(booking.manage_token, booking.manage_token[:-1] + "1")

    shown = client.get(altered)
    posted = client.post(altered + "peru/")

    assert shown.status_code == posted.status_code == 404
    assert "Varauslinkki ei ole voimassa" in shown.content.decode()
    booking.refresh_from_db()
    assert booking.is_active


def test_after_the_deadline_the_link_explains_and_refuses_changes(client, calendar):
    booking, link = book_first_free_time(client, calendar)
    Booking.objects.filter(pk=booking.pk).update(
        start=timezone.now() + timedelta(hours=3), end=timezone.now() + timedelta(hours=4)
    )

    shown = client.get(link)
    posted = client.post(link + "peru/")

    assert shown.status_code == 200
    assert "ei voi enää muuttaa" in shown.content.decode()
    assert posted.status_code == 403
    assert Booking.objects.get().is_active


def test_moving_a_booking_sends_an_update_and_retires_the_old_link(client, calendar):
    booking, link = book_first_free_time(client, calendar)
    new_value = every_free_value(client)[3]  # the week shown may hold fewer (Saturday night)

    response = client.post(link + "siirra/", {"aika": new_value})

    moved = Booking.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/ajanvaraus/varaus/{moved.manage_token}/?siirretty=1"
    assert format_time(moved.start) == new_value
    assert moved.sequence == 1
    assert client.get(link).status_code == 404
    assert format_time(booking.start) in free_values(client)
    assert sorted(m.subject.split(":")[0] for m in mail.outbox) == [
        "Ajanvaraus siirretty",
        "Varaus siirretty",
    ]


def test_moving_to_a_taken_time_is_refused_with_a_finnish_409(client, calendar):
    booking, link = book_first_free_time(client, calendar)
    other_value = free_values(client)[0]
    send(client, other_value, email="toinen@example.com")

    response = client.post(link + "siirra/", {"aika": other_value})

    assert response.status_code == 409
    assert "Tämä aika ehdittiin juuri varata" in response.content.decode()
    assert Booking.objects.get(pk=booking.pk).start == booking.start


def test_pages_offer_booking_only_while_a_supervisor_has_free_times(client, calendar):
    from tests.support.factories import load_seed_content

    load_seed_content()
    link = "Varatkaa maksuton tutustumiskeskustelu"
    assert link in client.get("/palvelut/yksilotyonohjaus/").content.decode()

    # The last free time is booked: the cached pages stop offering booking at once.
    values = free_values(client)
    calendar.weekly_hours.all().delete()
    from booking.models import ExtraTime

    first = timezone.localtime(timezone.now() + timedelta(days=3)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )
    ExtraTime.objects.create(calendar=calendar, date=first.date(), start=first.time(),
                             end=(first + timedelta(minutes=30)).time())  # fmt: skip
    assert link in client.get("/palvelut/yksilotyonohjaus/").content.decode()
    [value] = free_values(client)
    assert values
    send(client, value)

    assert link not in client.get("/palvelut/yksilotyonohjaus/").content.decode()
    assert availability.has_free_times() is False
