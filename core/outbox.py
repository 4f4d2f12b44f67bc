"""
Sending a row's email at most once, whichever processes try at the same moment.

Every email a row owes (an enquiry's notification, a booking's confirmation, a reminder…) goes
the same way, in ``deliver``:

1. **Claim** it in one conditional UPDATE of the rows that still owe it. The database lets
   exactly one of any number of simultaneous claimants change the row, so the request path,
   the worker, the admin and the retry commands can never send the same email twice.
2. **Deliver** it: call the sender's function. Never inside a transaction: the claim and the
   outcome are each committed at once, and no database lock is held while the mail server is
   talked to.
3. **Record** the outcome on the row. A mail failure is recorded (and retried later), never
   raised; the log gets the kind of the error only, as its text can name addresses.

Two kinds of claim:

- ``Lease``: a time until which the claimant may send; it lapses after NOTIFY_CLAIM_SECONDS,
  so that an email whose sender died is not stuck, and is released with the outcome.
- ``MarkFirst``: the row is marked as sent before sending, for a courtesy message: one lost
  to a failing mail server is better than one sent twice.

A caller states what is owed, the claim's fields and its send function::

    outbox.deliver(
        pk,
        outbox.Lease(Enquiry.objects.unsent(), "notify_claimed_until", "notify_attempts"),
        Enquiry.objects,
        emails.send_enquiry_notification,
        sent=lambda enquiry: {"notified_at": timezone.now()},
        error_field="notify_error",
        log=(logger, "Could not email enquiry %s to staff"),
    )
"""

import smtplib
import time
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.mail import BadHeaderError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone

# What can go wrong while handing a message to the mail server.
SEND_ERRORS = (smtplib.SMTPException, OSError, BadHeaderError, ValueError)


class Outcome(models.TextChoices):
    """What one attempt to send a row's email came to."""

    SENT = "sent"
    FAILED = "failed"
    # Already sent, or being sent by another process right now: nothing to do.
    SKIPPED = "skipped"


def describe(error):
    """The text of a failure recorded on a row (for whoever can fix the mail server)."""
    return f"{type(error).__name__}: {error}"[:1000]


def counts(outcomes):
    """The (sent, failed) counts of a list of Outcomes."""
    return outcomes.count(Outcome.SENT), outcomes.count(Outcome.FAILED)


@dataclass(frozen=True)
class Lease:
    """
    Claim by setting ``field`` to NOTIFY_CLAIM_SECONDS from now, unless another claim holds.

    ``owing`` is the queryset of the rows that still owe the email; ``attempts``, if given,
    names a counter raised by every claim.
    """

    owing: models.QuerySet
    field: str
    attempts: str | None = None

    def take(self, pk):
        """True when this caller got row ``pk``'s claim (in one UPDATE statement)."""
        now = timezone.now()
        counted = {self.attempts: F(self.attempts) + 1} if self.attempts else {}
        return (
            self.owing.filter(pk=pk)
            .filter(Q(**{f"{self.field}__isnull": True}) | Q(**{f"{self.field}__lt": now}))
            .update(
                **{self.field: now + timedelta(seconds=settings.NOTIFY_CLAIM_SECONDS)}, **counted
            )
            == 1
        )

    @property
    def release(self):
        return {self.field: None}

    def held_until(self, pk):
        """When another sender's claim on row ``pk`` lapses; None if the row is not held."""
        return (
            self.owing.filter(pk=pk, **{f"{self.field}__gt": timezone.now()})
            .values_list(self.field, flat=True)
            .first()
        )


@dataclass(frozen=True)
class MarkFirst:
    """Claim by setting ``field`` to now, before sending: the email is then never sent again."""

    owing: models.QuerySet
    field: str

    def take(self, pk):
        return self.owing.filter(pk=pk).update(**{self.field: timezone.now()}) == 1

    @property
    def release(self):
        # Nothing to release: the mark stays, whatever the outcome.
        return {}


def deliver(pk, claim, rows, send, *, sent=None, error_field=None, log):
    """
    Send row ``pk``'s email once: claim it, call ``send(row)``, record the outcome.

    ``claim`` is a Lease or a MarkFirst; ``rows`` is where the row is read (with what ``send``
    needs) and its outcome written. ``sent(row)`` gives the fields recorded once it is sent;
    ``error_field`` keeps the last failure's text (cleared once sent). ``log`` is
    ``(logger, message, *args)``: a failure is logged as ``message`` with the row's pk, the
    ``args`` and the kind of the error. Return the Outcome.
    """
    if not claim.take(pk):
        return Outcome.SKIPPED
    row = rows.get(pk=pk)
    logger, message, *args = log
    try:
        send(row)
    except SEND_ERRORS as error:
        # The exception's text can name addresses: the log gets its kind only.
        logger.warning(f"{message} (%s)", pk, *args, type(error).__name__)
        _record(rows, pk, {error_field: describe(error)} if error_field else {}, claim.release)
        return Outcome.FAILED
    recorded = sent(row) if sent else {}
    _record(rows, pk, {**recorded, error_field: ""} if error_field else recorded, claim.release)
    return Outcome.SENT


def deliver_once_released(pk, claim, attempt):
    """
    Wait for another sender's ``claim`` on row ``pk`` to be released or to lapse, then call
    ``attempt()`` (which delivers as ``deliver`` does) and return its Outcome, or None when
    the row still owes its email, claimed by another sender, at the end.

    For the retry commands: a sender that died after the mail server took the message and
    before the database recorded it leaves its claim behind; once it lapses the email is sent
    again (twice rather than never), so that a command's counts are never falsely clean.
    """
    deadline = time.monotonic() + settings.NOTIFY_CLAIM_SECONDS + 1
    while (held_until := claim.held_until(pk)) is not None:
        if time.monotonic() > deadline:
            return None
        time.sleep(min(max((held_until - timezone.now()).total_seconds(), 0) + 0.05, 1))
    outcome = attempt()
    if outcome == Outcome.SKIPPED and claim.owing.filter(pk=pk).exists():
        return None
    return outcome


def _record(rows, pk, fields, release):
    fields = {**fields, **release}
    if fields:
        rows.filter(pk=pk).update(**fields)
