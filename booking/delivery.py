"""
Sending a booking's emails: its latest state to the client and to staff, and the reminder.

Each goes through the outbox (core.outbox): exactly one of any number of simultaneous senders
(the worker, the retry commands) sends it, never inside a transaction, and a failure is
recorded and left for `send_booking_emails` or `send_booking_reminders` to retry, never raised.
"""

import logging
from dataclasses import dataclass

from django.utils import timezone

from core import outbox

from . import emails
from .models import AUDIENCES, Booking

# The name booking emails' failures have always been logged under.
logger = logging.getLogger("booking.models")


def deliver_email(pk, audience):
    """
    Email booking ``pk``'s latest state to ``audience`` ("client" or "staff"), once.

    Like an enquiry's notification: a claim lapses after NOTIFY_CLAIM_SECONDS, and each counts
    in ``email_attempts``. The sequence sent is recorded, so a change made meanwhile is sent
    next time.
    """
    return outbox.deliver(
        pk,
        _email_lease(audience),
        Booking.objects.select_related("supervisor"),
        emails.send_to_client if audience == "client" else emails.send_to_staff,
        sent=lambda booking: {f"{audience}_sent_sequence": booking.sequence},
        error_field="email_error",
        log=(logger, "Could not email booking %s to the %s", audience),
    )


def _email_lease(audience):
    return outbox.Lease(
        Booking.objects.unsent(audience), f"{audience}_claimed_until", attempts="email_attempts"
    )


@dataclass(frozen=True)
class PendingReport:
    """What `send_pending` did: emails sent, failing, and claimed by others but unconfirmed."""

    sent: int
    failed: int
    # Claimed by a sender that never reported back, and sent again here once its claim lapsed.
    resent: int
    # Still claimed by another sender, and not confirmed as sent.
    unconfirmed: int


def send_pending():
    """
    Send every booking's unsent emails once, and report on them.

    An email another sender has claimed is waited for (up to NOTIFY_CLAIM_SECONDS): either
    its sender records it, or the claim lapses and it is sent here, so that no email is
    counted as done before it is confirmed.
    """
    outcomes, held = [], []
    for audience in AUDIENCES:
        pending = Booking.objects.unsent(audience).order_by("pk").values_list("pk", flat=True)
        for pk in pending:
            outcome = deliver_email(pk, audience)
            if outcome == outbox.Outcome.SKIPPED and _email_lease(audience).held_until(pk):
                held.append((pk, audience))
            else:
                outcomes.append(outcome)
    after_wait = [
        outbox.deliver_once_released(
            pk, _email_lease(audience), lambda pk=pk, audience=audience: deliver_email(pk, audience)
        )
        for pk, audience in held
    ]
    sent, failed = outbox.counts(outcomes)
    resent, failed_after_wait = outbox.counts(after_wait)
    return PendingReport(
        sent=sent + resent,
        failed=failed + failed_after_wait,
        resent=resent,
        unconfirmed=after_wait.count(None),
    )


def deliver_reminder(pk):
    """Remind booking ``pk``'s client of it, once (while it is active)."""
    return outbox.deliver(
        pk,
        outbox.Lease(
            Booking.objects.filter(reminder_sent_at__isnull=True).active(),
            "reminder_claimed_until",
        ),
        Booking.objects.select_related("supervisor"),
        emails.send_reminder,
        sent=lambda booking: {"reminder_sent_at": timezone.now()},
        log=(logger, "Could not send booking %s's reminder"),
    )


def send_reminders(now=None):
    """Remind each due booking's client once; return the (sent, failed) counts."""
    due = Booking.objects.due_reminders(now).values_list("pk", flat=True)
    return outbox.counts([deliver_reminder(pk) for pk in due])
