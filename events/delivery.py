"""
Sending a registration's emails: its latest state to the participant, the notice to staff of
a new registration or a participant's cancellation, and the reminder.

Each goes through the outbox (core.outbox): exactly one of any number of simultaneous senders
(the worker, the retry command) sends it, never inside a transaction, and a failure is
recorded and left for `send_event_emails` to retry, never raised.
"""

import logging

from django.utils import timezone

from core import outbox

from . import emails
from .models import Registration

logger = logging.getLogger(__name__)


def _rows():
    return Registration.objects.select_related("event")


def _lease():
    return outbox.Lease(Registration.objects.unsent(), "claimed_until", attempts="email_attempts")


def deliver_email(pk):
    """Email registration ``pk``'s latest state to its participant, once."""
    return outbox.deliver(
        pk,
        _lease(),
        _rows(),
        emails.send_state,
        sent=lambda registration: {"sent_sequence": registration.sequence},
        error_field="email_error",
        log=(logger, "Could not email registration %s"),
    )


def deliver_staff_notice(pk):
    """Tell staff of registration ``pk`` (new, or cancelled by its participant), once."""
    return outbox.deliver(
        pk,
        outbox.Lease(Registration.objects.staff_unsent(), "staff_claimed_until"),
        _rows(),
        emails.send_staff_notice,
        sent=lambda registration: {"staff_sent_sequence": registration.staff_sequence},
        error_field="staff_email_error",
        log=(logger, "Could not tell staff of registration %s"),
    )


def send_pending():
    """
    Send every registration's unsent email once, to its participant and to staff; return the
    (sent, failed) counts.
    """
    pending = Registration.objects.unsent().order_by("pk").values_list("pk", flat=True)
    to_staff = Registration.objects.staff_unsent().order_by("pk").values_list("pk", flat=True)
    return outbox.counts(
        [deliver_email(pk) for pk in pending] + [deliver_staff_notice(pk) for pk in to_staff]
    )


def deliver_reminder(pk):
    """Remind registration ``pk``'s participant of the event, once (while registered)."""
    return outbox.deliver(
        pk,
        outbox.Lease(
            Registration.objects.holding_place().filter(reminder_sent_at__isnull=True),
            "reminder_claimed_until",
        ),
        _rows(),
        emails.send_reminder,
        sent=lambda registration: {"reminder_sent_at": timezone.now()},
        log=(logger, "Could not send registration %s's reminder"),
    )


def send_reminders(now=None):
    """Remind each due participant once; return the (sent, failed) counts."""
    due = Registration.objects.due_reminders(now).values_list("pk", flat=True)
    return outbox.counts([deliver_reminder(pk) for pk in due])
