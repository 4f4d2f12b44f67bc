"""
Before the admin emails a client, it says who gets what and waits for a confirmation: a move
or a cancellation saved in the change form (whichever save button), the cancel action and the
resend action. Nothing is saved or sent until staff confirm; then it is sent once. The list's
"not yet delivered" warning is for emails that failed or are late, not one just queued.
"""

import html
import re
from datetime import time, timedelta
from email.utils import parseaddr

import pytest
from django.core import mail
from django.utils import timezone

from booking.models import Booking
from booking.timefmt import HELSINKI
from tests.support.bookings import book_soonest, in_days

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


BOOKINGS = "/hallinta/booking/booking/"
MOVE_NOTICE = "Asiakkaalle lähetetään siirtoilmoitus ja uusi kalenterikutsu."
CANCEL_NOTICE = "Asiakkaalle lähetetään peruutusilmoitus ja kalenterikutsun peruutus."
LATE_WARNING = "sähköpostia ei ole vielä toimitettu"


@pytest.fixture
def booking(client, calendar):
    booked = book_soonest(client, calendar)
    mail.outbox.clear()
    return booked


def change_form(booking, start=None, status="confirmed", button="_save"):
    local = (start or booking.start).astimezone(HELSINKI)
    return {
        "start_0": local.strftime("%d.%m.%Y"),
        "start_1": local.strftime("%H:%M"),
        "status": status,
        "staff_notes": "Sovittu puhelimessa.",
        button: "Tallenna",
    }


def confirmation_fields(response):
    """The fields the confirmation step posts when staff confirm."""
    page = response.content.decode()
    assert 'value="Vahvista ja lähetä"' in page
    fields = {}
    for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)">', page):
        fields.setdefault(html.unescape(name), []).append(html.unescape(value))
    return fields


def untouched(booking):
    stored = Booking.objects.get(pk=booking.pk)
    return (stored.start, stored.status, stored.sequence, stored.staff_notes) == (
        booking.start,
        booking.status,
        booking.sequence,
        booking.staff_notes,
    ) and mail.outbox == []


def recipients():
    return sorted(parseaddr(message.to[0])[1] for message in mail.outbox)


def test_a_move_in_the_change_form_is_confirmed_before_the_client_is_emailed(staff, booking):
    url = f"{BOOKINGS}{booking.pk}/change/"
    new_start = in_days(4, time(9))
    while new_start.weekday() >= 5 or new_start.date() == booking.start.date():
        new_start += timedelta(days=1)

    asked = staff.post(url, change_form(booking, new_start))

    assert asked.status_code == 200
    page = asked.content.decode()
    assert MOVE_NOTICE in page
    assert "asa@example.com" in page
    assert "Työnohjaajalle lähetetään tieto siirrosta ja päivitetty kalenterikutsu." in page
    assert untouched(booking)

    confirmed = staff.post(url, confirmation_fields(asked))

    assert confirmed.status_code == 302
    assert confirmed["Location"] == BOOKINGS
    moved = Booking.objects.get(pk=booking.pk)
    assert (moved.start, moved.sequence, moved.staff_notes) == (
        new_start,
        1,
        "Sovittu puhelimessa.",
    )
    assert recipients() == ["anna@example.com", "asa@example.com"]

    # The same confirmation posted again (a double click, the back button) sends nothing more.
    staff.post(url, confirmation_fields(asked))
    assert len(mail.outbox) == 2


def test_save_and_continue_asks_too_and_then_returns_to_the_form(staff, booking):
    url = f"{BOOKINGS}{booking.pk}/change/"

    asked = staff.post(url, change_form(booking, status="cancelled", button="_continue"))

    assert CANCEL_NOTICE in asked.content.decode()
    assert untouched(booking)
    confirmed = staff.post(url, confirmation_fields(asked))
    assert confirmed.status_code == 302
    assert confirmed["Location"] == url
    assert Booking.objects.get(pk=booking.pk).status == "cancelled"
    assert recipients() == ["anna@example.com", "asa@example.com"]


def test_a_save_that_emails_nobody_is_not_asked_about(staff, booking):
    response = staff.post(f"{BOOKINGS}{booking.pk}/change/", change_form(booking))

    assert response.status_code == 302
    assert Booking.objects.get(pk=booking.pk).staff_notes == "Sovittu puhelimessa."
    assert mail.outbox == []


def test_a_refused_move_shows_the_rule_and_asks_nothing(staff, booking):
    evening = in_days(3, time(21))

    response = staff.post(f"{BOOKINGS}{booking.pk}/change/", change_form(booking, evening))

    page = response.content.decode()
    assert "Salli aika aukioloaikojen ulkopuolelta" in page
    assert "Vahvista ja lähetä" not in page
    assert untouched(booking)


def test_the_cancel_action_asks_first_then_cancels_and_emails_once(staff, booking):
    asked = staff.post(BOOKINGS, {"action": "cancel_bookings", "_selected_action": [booking.pk]})

    assert asked.status_code == 200
    page = asked.content.decode()
    assert CANCEL_NOTICE in page
    assert "asa@example.com" in page
    assert untouched(booking)

    staff.post(BOOKINGS, confirmation_fields(asked))

    assert Booking.objects.get(pk=booking.pk).cancelled_by == "staff"
    assert recipients() == ["anna@example.com", "asa@example.com"]
    staff.post(BOOKINGS, confirmation_fields(asked))
    assert len(mail.outbox) == 2


def test_the_resend_action_names_the_emails_it_sends_again(staff, booking):
    Booking.objects.filter(pk=booking.pk).update(client_sent_sequence=None, email_error="Virhe")

    asked = staff.post(BOOKINGS, {"action": "resend_emails", "_selected_action": [booking.pk]})

    page = asked.content.decode()
    assert "Asiakkaalle lähetetään varausvahvistus ja kalenterikutsu." in page
    assert "Työnohjaajalle" not in page  # the supervisor's email went out
    assert mail.outbox == []

    staff.post(BOOKINGS, confirmation_fields(asked))

    assert recipients() == ["asa@example.com"]


def test_the_list_warns_only_of_failed_or_late_emails(staff, booking):
    unsent = Booking.objects.filter(pk=booking.pk)
    unsent.update(client_sent_sequence=None, changed_at=timezone.now())
    assert LATE_WARNING not in staff.get(BOOKINGS).content.decode()

    unsent.update(changed_at=timezone.now() - timedelta(minutes=2))
    assert LATE_WARNING in staff.get(BOOKINGS).content.decode()

    unsent.update(changed_at=timezone.now(), email_error="SMTPException: yhteys katkesi")
    assert LATE_WARNING in staff.get(BOOKINGS).content.decode()


def email_state_on(page):
    """The change form's read-only email field, as text."""
    field = re.search(r'field-email_state.*?<div class="readonly">(.*?)</div>', page, re.S)
    return re.sub(r"<[^>]+>", " ", field[1])


def test_the_change_form_says_per_recipient_whether_the_email_went_out(staff, booking):
    sent = email_state_on(staff.get(f"{BOOKINGS}{booking.pk}/change/").text)
    assert "Asiakkaalle: Lähetetty" in sent
    assert "Henkilökunnalle: Lähetetty" in sent
    # Two emails that each went out at once: no count of attempts to puzzle over.
    assert "yrityks" not in sent.lower()

    Booking.objects.filter(pk=booking.pk).update(
        staff_sent_sequence=None, email_attempts=3, email_error="SMTP 451: yritä myöhemmin"
    )
    unsent = html.unescape(email_state_on(staff.get(f"{BOOKINGS}{booking.pk}/change/").text))
    assert "Asiakkaalle: Lähetetty" in unsent
    assert re.search(r"Henkilökunnalle:\s+⚠ Ei vielä lähetetty", unsent)
    assert "Lähetysyrityksiä: 3" in unsent
    assert "Viimeisin virhe: SMTP 451: yritä myöhemmin" in unsent
