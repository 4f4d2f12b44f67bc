"""Staff cancelling an event, the participants' and invoicing CSV, reminders, retention."""

from datetime import timedelta
from decimal import Decimal

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from events import exports, workflow
from events.models import Event, Registration
from tests.support.events import make_event

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def register(event, *emails, waitlist=False, **details):
    return workflow.register(
        event,
        [{"name": email.split("@")[0].title(), "email": email} for email in emails],
        {"organisation": "Säätiö ry", **details},
        group_key=emails[0].replace("@", "").replace(".", "")[:32].ljust(32, "x"),
        waitlist=waitlist,
    )


def test_cancelling_an_event_tells_everyone_with_a_cancel_invite():
    event = make_event(places=1)
    register(event, "maija@example.com")
    register(event, "matti@example.com", waitlist=True)
    mail.outbox.clear()
    assert workflow.cancel_event(event) == 2
    assert workflow.cancel_event(event) == 0  # once
    assert set(Registration.objects.values_list("status", flat=True)) == {"cancelled"}
    assert Event.objects.get().taken == 0
    by_address = {m.to[0]: m for m in mail.outbox}
    assert len(mail.outbox) == 2  # staff's own cancellation tells staff nothing
    holder = by_address["Maija <maija@example.com>"]
    assert b"METHOD:CANCEL" in holder.attachments[0].get_payload(decode=True)
    assert not by_address["Matti <matti@example.com>"].attachments  # never had an invite
    assert all("peruttu" in m.subject.lower() for m in mail.outbox)


def test_the_invoicing_csv_has_the_amounts_and_late_cancellations():
    event = make_event(places=3, price=Decimal("100"), days_ahead=3)
    e_invoice = {"e_invoice_address": "003712345678", "e_invoice_operator": "003721291126"}
    [late] = register(event, "maija@example.com", invoicing="organisation", **e_invoice)
    register(event, "matti@example.com", invoicing="private")
    workflow.cancel(late, Registration.CancelledBy.PARTICIPANT)  # within 7 days: the fee
    assert Registration.objects.get(pk=late.pk).late_cancellation
    rows = exports.invoicing(Registration.objects.all()).lstrip("\ufeff").splitlines()
    assert len(rows) == 3
    assert "100,00;25,5;25,50;125,50" in rows[1] + rows[2]
    assert any("003712345678" in row for row in rows)
    participants = exports.participants(Registration.objects.all()).splitlines()
    assert len(participants) == 2  # the header and Matti: a cancelled one is not coming


def test_a_cell_a_spreadsheet_would_run_is_written_as_text():
    event = make_event(places=3)
    register(event, "maija@example.com")
    Registration.objects.update(organisation="=HYPERLINK(1)")
    assert ";'=HYPERLINK(1);" in exports.participants(Registration.objects.all())


def test_the_reminder_goes_once_the_day_before_with_the_video_link():
    event = make_event(places=3, days_ahead=2, attendance="online",
                       video_link="https://video.example.com/huone")  # fmt: skip
    register(event, "maija@example.com")
    Event.objects.filter(pk=event.pk).update(starts_at=timezone.now() + timedelta(hours=20))
    mail.outbox.clear()
    call_command("send_event_reminders")
    call_command("send_event_reminders")
    [reminder] = mail.outbox
    assert "https://video.example.com/huone" in reminder.body
    assert reminder.subject.startswith("Muistutus")


def test_registrations_are_deleted_a_year_after_the_event():
    event = make_event(places=3)
    register(event, "maija@example.com")
    Event.objects.filter(pk=event.pk).update(ends_at=timezone.now() - timedelta(days=366))
    call_command("purge_registrations")
    assert not Registration.objects.exists()
    assert Event.objects.exists()
