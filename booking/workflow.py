"""
What a client or staff member does with a booking: book a free time, cancel, move.

Each change is committed first; then the emails telling the client and the supervisor its
latest state are queued for the worker (booking.delivery sends them), and whether pages still
offer booking is refreshed (booking.availability).
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from supervisors.models import Supervisor

from . import availability, rules, tasks
from .models import Booking, Calendar
from .slots import is_free


def queue_emails(booking):
    """Once committed, queue the emails telling client and supervisor the latest state."""

    def queue():
        tasks.send_booking_emails.enqueue(booking.pk)

    transaction.on_commit(queue, robust=True)
    # The time taken (or freed) may have been the last: pages then offer booking no more.
    transaction.on_commit(availability.refresh, robust=True)


class Conflict(Exception):
    """The time was taken (or stopped being offered) just before this request could book it."""


class Refused(Exception):
    """A rule of booking.rules speaks against the time: ``objection`` says which."""

    def __init__(self, objection):
        super().__init__(objection.code)
        self.objection = objection


def lock_supervisor(supervisor_id):
    # One booking change per supervisor at a time (PostgreSQL; SQLite's IMMEDIATE transactions
    # already run one writer at a time), so the free-time check and the write cannot interleave.
    # The unique constraint is the last word either way.
    Supervisor.objects.select_for_update().filter(pk=supervisor_id).values_list("pk").first()


def book(calendars, start, details, submission_key=None):
    """
    Book the time ``start`` with the first of ``calendars`` that has it free; return the booking.

    Raise Conflict when none has it any more. A form sent twice (same ``submission_key``)
    returns the booking the first one made.
    """
    if submission_key:
        existing = Booking.objects.filter(submission_key=submission_key).first()
        if existing is not None:
            return existing
    for calendar in calendars:
        try:
            with transaction.atomic():
                lock_supervisor(calendar.supervisor_id)
                slot = is_free(calendar, start)
                if slot is None:
                    continue
                booking = Booking(
                    supervisor_id=calendar.supervisor_id,
                    start=slot.start,
                    end=slot.end,
                    mode=calendar.mode,
                    location=calendar.location,
                    submission_key=submission_key,
                    **details,
                )
                booking.new_manage_key()
                booking.save()
        except IntegrityError:
            if submission_key:
                existing = Booking.objects.filter(submission_key=submission_key).first()
                if existing is not None:
                    return existing
            continue
        queue_emails(booking)
        return booking
    raise Conflict


def cancel(booking, by):
    """Cancel ``booking`` unless it is cancelled already; return True if this call did it."""
    with transaction.atomic():
        changed = Booking.objects.filter(pk=booking.pk, status=Booking.Status.CONFIRMED).update(
            status=Booking.Status.CANCELLED,
            cancelled_at=timezone.now(),
            cancelled_by=by,
            sequence=F("sequence") + 1,
            changed_at=timezone.now(),
        )
        if changed:
            # An update sends no signal: the freed time's calendar is told here, in the same
            # transaction (booking.slots).
            Calendar.objects.filter(supervisor_id=booking.supervisor_id).free_times_changed()
    if changed:
        booking.refresh_from_db()
        queue_emails(booking)
    return bool(changed)


def move(booking, calendar, start):
    """
    Move an active ``booking`` to the free time ``start`` of its supervisor's ``calendar``.

    The booking gets a new self-service link (the old one stops working) and a raised
    SEQUENCE, and both parties an updated invite. Raise Refused when a rule speaks against
    the time (booking.rules: its own time, one that overlaps another booking, …), Conflict
    when it is not free.
    """
    try:
        with transaction.atomic():
            lock_supervisor(booking.supervisor_id)
            current = Booking.objects.select_for_update().filter(pk=booking.pk).first()
            if current is None:
                raise Conflict
            objections = rules.objections(current, start)
            if objections:
                raise Refused(objections[0])
            slot = is_free(calendar, start, exclude_booking=booking)
            if slot is None:
                raise Conflict
            current.start, current.end = slot.start, slot.end
            current.sequence += 1
            current.changed_at = timezone.now()
            current.reminder_sent_at = None
            current.new_manage_key()
            current.save(
                update_fields=[
                    "start", "end", "sequence", "changed_at", "reminder_sent_at", "manage_key",
                    "manage_token_hash",
                ]
            )  # fmt: skip
    except IntegrityError:
        raise Conflict from None
    queue_emails(current)
    return current
