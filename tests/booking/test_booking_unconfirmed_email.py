"""
The killed-worker window: a worker that stopped after the mail server took a booking's email
and before the database recorded it leaves its claim behind. `send_booking_emails` never
reports such an email as done: it waits for the claim to lapse and sends it, or says it is
unconfirmed and exits non-zero.
"""

import io
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from booking.models import Booking
from tests.support.bookings import book_soonest, make_calendar, make_supervisor

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


@pytest.fixture
def booking_whose_sender_died(client, smtp_server):
    """A booking whose emails are unsent, the client's claimed by a worker that then died."""
    calendar = make_calendar(make_supervisor(email="anna@example.com"))
    booking = book_soonest(client, calendar)  # the mail server is down: nothing sent yet
    Booking.objects.filter(pk=booking.pk).update(
        client_claimed_until=timezone.now() + timedelta(seconds=2)
    )
    smtp_server.start()
    return booking


def test_an_email_claimed_by_a_dead_sender_is_sent_once_its_claim_lapses(
    booking_whose_sender_died, smtp_server
):
    output = io.StringIO()

    call_command("send_booking_emails", stdout=output)

    recipients = sorted(rcpt for rcpts, _message in smtp_server.messages for rcpt in rcpts)
    assert recipients == ["anna@example.com", "asa@example.com"]
    booking_whose_sender_died.refresh_from_db()
    assert booking_whose_sender_died.client_sent_sequence == 0
    assert "Sent 2 pending booking emails; 0 still failing; 0 claimed by another" in (
        output.getvalue()
    )
    assert "1 of them had been claimed by a sender that never confirmed" in output.getvalue()


def test_an_email_still_claimed_by_another_sender_is_counted_and_exits_non_zero(
    booking_whose_sender_died, smtp_server, settings
):
    settings.NOTIFY_CLAIM_SECONDS = 0  # wait no longer than a second for the claim
    Booking.objects.filter(pk=booking_whose_sender_died.pk).update(
        client_claimed_until=timezone.now() + timedelta(minutes=5)
    )
    output = io.StringIO()

    with pytest.raises(SystemExit) as exit_info:
        call_command("send_booking_emails", stdout=output)

    assert exit_info.value.code == 1
    assert "1 claimed by another sender and not confirmed" in output.getvalue()
    assert [rcpts for rcpts, _message in smtp_server.messages] == [["anna@example.com"]]


@pytest.mark.django_db(transaction=True)
def test_the_task_a_killed_worker_left_running_is_noticed_and_run_again(client, smtp_server):
    """The worker died sending the client's confirmation: /healthz says so, the next one sends."""
    backend = {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "images"]}
    with override_settings(TASKS={"default": backend}):
        booking = book_soonest(client, make_calendar(make_supervisor(email="anna@example.com")))
        # The dead worker had claimed the task, and the client's email, ten minutes ago.
        started = timezone.now() - timedelta(minutes=10)
        DBTaskResult.objects.update(status="RUNNING", started_at=started, worker_ids=["killed"])
        Booking.objects.filter(pk=booking.pk).update(client_claimed_until=started)
        smtp_server.start()

        response = client.get("/healthz")
        assert response.status_code == 503
        assert b"task booking.tasks.send_booking_emails in queue default has been running" in (
            response.content
        )

        call_command("run_worker", "--batch", "--no-startup-delay", verbosity=0)

        assert DBTaskResult.objects.get().status == "SUCCESSFUL"
    recipients = sorted(rcpt for rcpts, _message in smtp_server.messages for rcpt in rcpts)
    assert recipients == ["anna@example.com", "asa@example.com"]
    booking.refresh_from_db()
    assert (booking.client_sent_sequence, booking.staff_sent_sequence) == (0, 0)
