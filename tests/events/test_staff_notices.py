"""Staff hear of each new registration (one notice for a group) and each participant's own
cancellation, once, in Finnish; their own changes and promotions tell them nothing."""

import io
from decimal import Decimal
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command

from events import delivery, workflow
from events.models import Registration
from tests.support.events import make_event, participant_mail, staff_mail

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]

INVOICING = {
    "invoicing": "organisation",
    "e_invoice_address": "003712345678",
    "e_invoice_operator": "OKOYFIHH",
    "buyer_reference": "Kustannuspaikka 42",
}


def register(event, *people, waitlist=False, language=None, **details):
    return workflow.register(
        event,
        [{"name": name, "email": email, "dietary_needs": ""} for name, email in people],
        {"organisation": "Säätiö ry", **details},
        group_key=people[0][1].replace("@", "").replace(".", "")[:32].ljust(32, "x"),
        waitlist=waitlist,
        language=language,
    )


def test_a_group_gives_staff_one_notice_in_finnish_with_everything_to_invoice():
    event = make_event(places=2, price=Decimal("150"))
    people = [
        ("Ebba Ek", "ebba@example.com"),
        ("Kalle Kask", "kalle@example.com"),
        ("Lena Lind", "lena@example.com"),
    ]
    register(event, *people, waitlist=True, language="sv", **INVOICING)

    assert len(participant_mail()) == 3
    [notice] = staff_mail()
    assert notice.subject == "Uusi ilmoittautuminen: Työnohjauksen tietoisku, Säätiö ry (3)"
    body = notice.body
    assert "Verkkosivuilta tuli uusi ilmoittautuminen." in body
    assert "Ebba Ek, ebba@example.com: Ilmoittautunut" in body
    assert "Kalle Kask, kalle@example.com: Ilmoittautunut" in body
    assert "Lena Lind, lena@example.com: Jonossa" in body
    assert "Verkkolaskuosoite: 003712345678 (OKOYFIHH)" in body
    assert "Ostajan viite: Kustannuspaikka 42" in body
    assert "Kieli: svenska" in body or "Kieli: ruotsi" in body
    assert "0 paikkaa jäljellä, 1 jonossa" in body
    assert f"/hallinta/events/registration/?event__id__exact={event.pk}" in body
    assert notice.reply_to == ["Ebba Ek <ebba@example.com>"]
    # Nothing in it cancels anyone's registration.
    assert "/ilmoittautuminen/" not in body
    html = notice.alternatives[0][0]
    assert "<td>Lena Lind</td>" in html


def test_a_participants_cancellation_is_told_to_staff_with_a_late_fee():
    event = make_event(places=2, price=Decimal("150"), days_ahead=3)
    [registration] = register(event, ("Maija Meikäläinen", "maija@example.com"), **INVOICING)
    mail.outbox.clear()

    assert workflow.cancel(registration, Registration.CancelledBy.PARTICIPANT)

    [notice] = staff_mail()
    assert notice.subject == (
        "Ilmoittautuminen peruttu: Työnohjauksen tietoisku, Maija Meikäläinen"
    )
    assert "Osallistuja perui ilmoittautumisensa." in notice.body
    assert "Maija Meikäläinen, maija@example.com: Peruttu" in notice.body
    assert "Peruttu maksuttoman peruutusajan jälkeen" in notice.body
    assert "2 paikkaa jäljellä" in notice.body


def test_staff_hear_nothing_of_their_own_cancellations_or_of_promotions():
    event = make_event(places=1)
    [first] = register(event, ("Maija", "maija@example.com"))
    [second] = register(event, ("Matti", "matti@example.com"), waitlist=True)
    register(event, ("Liisa", "liisa@example.com"), waitlist=True)
    assert len(staff_mail()) == 3  # one per registration form
    mail.outbox.clear()

    workflow.cancel(first, Registration.CancelledBy.STAFF)  # Matti is promoted
    workflow.cancel_event(event)

    assert staff_mail() == []
    assert {m.to[0] for m in participant_mail()} == {
        "Maija <maija@example.com>",
        "Matti <matti@example.com>",
        "Liisa <liisa@example.com>",
    }
    assert Registration.objects.staff_unsent().count() == 0
    second.refresh_from_db()
    assert second.promoted_at is not None


def test_a_notice_the_mail_server_refused_is_sent_once_by_the_retry_command():
    event = make_event(places=3)
    with mock.patch(
        "events.emails.emails.send", side_effect=[None, ConnectionRefusedError("down")]
    ):
        [registration] = register(event, ("Maija", "maija@example.com"))
    registration.refresh_from_db()
    assert registration.staff_sent_sequence is None
    assert registration.staff_email_error.startswith("ConnectionRefusedError")
    assert Registration.objects.staff_unsent().count() == 1

    output = io.StringIO()
    call_command("send_event_emails", stdout=output)
    call_command("send_event_emails", stdout=output)
    assert output.getvalue().splitlines() == [
        "Sent 1 registration emails; 0 failed.",
        "Sent 0 registration emails; 0 failed.",
    ]

    [notice] = staff_mail()
    assert "Maija, maija@example.com" in notice.body
    registration.refresh_from_db()
    assert registration.staff_sent_sequence == 1
    assert registration.staff_email_error == ""


def test_a_notice_not_yet_sent_when_the_first_of_a_group_cancels_still_lists_the_group():
    event = make_event(places=3)
    with mock.patch("events.tasks.send_staff_notice"):
        first, _second = register(
            event, ("Maija", "maija@example.com"), ("Matti", "matti@example.com")
        )
        workflow.cancel(first, Registration.CancelledBy.PARTICIPANT)
    assert staff_mail() == []

    assert delivery.send_pending() == (1, 0)  # the participants' emails went already
    [notice] = staff_mail()
    assert "Uusi ilmoittautuminen" in notice.subject
    assert "Maija, maija@example.com: Peruttu" in notice.body
    assert "Matti, matti@example.com: Ilmoittautunut" in notice.body
    assert delivery.send_pending() == (0, 0)


def test_a_registration_from_before_the_notices_owes_staff_nothing():
    event = make_event(places=3)
    with mock.patch("events.tasks.send_staff_notice"):
        register(event, ("Maija", "maija@example.com"))
    # As the migration leaves the rows it finds (the field's default): nothing owed.
    Registration.objects.update(staff_sequence=0)
    assert delivery.send_pending() == (0, 0)
    assert staff_mail() == []
