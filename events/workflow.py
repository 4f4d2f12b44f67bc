"""
What a participant or staff member does with a registration: register, cancel, and the
waitlist's promotions that a freed place sets off; and staff cancelling a whole event.

The places are given out by the database: each change takes or frees them in one conditional
UPDATE of ``Event.taken`` (never more than ``places``, a CHECK constraint's last word), inside
a transaction that holds the event's row, so that two cancellations cannot promote the same
waitlisted person, nor two registrations take the last place. Each change is committed
first; then the emails telling the participants are queued for the worker (events.delivery).
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from core import page_cache

from . import tasks
from .models import Event, Registration


class Full(Exception):
    """Fewer places are left than the form asked for, and it did not ask for the waitlist."""

    def __init__(self, places_left):
        super().__init__(places_left)
        self.places_left = places_left


class Closed(Exception):
    """Registration has closed (the deadline passed, the event started or was cancelled)."""


class AlreadyRegistered(Exception):
    """One of the emails is already registered (or waitlisted) for the event."""

    def __init__(self, email):
        super().__init__(email)
        self.email = email


def _queue_emails(registrations, staff_notice=None):
    """
    After the commit, queue each registration's email, and the notice to staff of
    ``staff_notice`` (a registration) when given.
    """
    pks = [registration.pk for registration in registrations]
    notice_pk = staff_notice.pk if staff_notice is not None else None

    def queue():
        for pk in pks:
            tasks.send_registration_email.enqueue(pk)
        if notice_pk is not None:
            tasks.send_staff_notice.enqueue(notice_pk)

    transaction.on_commit(queue, robust=True)
    # The places left show on the event's page and the list.
    page_cache.invalidate()


def _lock_event(event_id):
    # One change of an event's places at a time (PostgreSQL; SQLite's IMMEDIATE transactions
    # already run one writer at a time). The conditional UPDATEs are the last word either way.
    return Event.objects.select_for_update().filter(pk=event_id).first()


def _take_places(event_id, count):
    """Take ``count`` places in one UPDATE, only if that many are free; True if taken."""
    return bool(
        Event.objects.filter(pk=event_id, taken__lte=F("places") - count).update(
            taken=F("taken") + count
        )
    )


def register(event, people, details, *, group_key, waitlist=False, language=None, now=None):
    """
    Register ``people`` (dicts of name, email, job_title, dietary_needs) for ``event`` with
    the shared ``details`` (organisation and invoicing); return their registrations.

    Each gets a place while places are left; when fewer are left than people, the rest join
    the waitlist if ``waitlist`` is true, else nobody is registered and Full is raised (with
    the places left). Raise Closed when registration has
    closed, AlreadyRegistered when an email is already on the event. A form sent twice (the
    same ``group_key``) returns the registrations the first one made.
    """
    now = now or timezone.now()
    existing = list(Registration.objects.filter(group_key=group_key))
    if existing:
        return existing
    try:
        with transaction.atomic():
            current = _lock_event(event.pk)
            if current is None or not current.registration_open(now):
                raise Closed
            # The row is held (or, on SQLite, the whole database): its count is current.
            given = min(len(people), current.places_left)
            if given < len(people) and not waitlist:
                raise Full(current.places_left)
            if given and not _take_places(current.pk, given):
                raise Full(current.places_left)
            registrations = []
            for position, person in enumerate(people):
                on_waitlist = position >= given
                registration = Registration(
                    event=current,
                    status=(
                        Registration.Status.WAITLISTED
                        if on_waitlist
                        else Registration.Status.REGISTERED
                    ),
                    queued_at=now if on_waitlist else None,
                    group_key=group_key,
                    group_position=position,
                    staff_sequence=1 if position == 0 else 0,
                    created_at=now,
                    changed_at=now,
                    **person,
                    **details,
                )
                if language:
                    registration.language = language
                registration.new_manage_key()
                registration.save()
                registrations.append(registration)
    except IntegrityError as error:
        existing = list(Registration.objects.filter(group_key=group_key))
        if existing:
            return existing
        taken = Registration.objects.active().filter(
            event=event, email__in=[person["email"] for person in people]
        )
        email = taken.values_list("email", flat=True).first()
        if email is not None:
            raise AlreadyRegistered(email) from error
        raise
    _queue_emails(registrations, staff_notice=registrations[0])
    return registrations


def _promote(event_id, now):
    """Give the event's free places to the waitlist, first come first served; return them."""
    promoted = []
    while True:
        following = Registration.objects.waitlisted().filter(event_id=event_id).first()
        if following is None or not _take_places(event_id, 1):
            return promoted
        changed = Registration.objects.filter(
            pk=following.pk, status=Registration.Status.WAITLISTED
        ).update(
            status=Registration.Status.REGISTERED,
            promoted_at=now,
            sequence=F("sequence") + 1,
            changed_at=now,
        )
        if changed:
            promoted.append(following)
        else:  # cancelled meanwhile: the place is given back, to the next one
            Event.objects.filter(pk=event_id).update(taken=F("taken") - 1)


def cancel(registration, by, now=None):
    """
    Cancel ``registration`` unless it is cancelled already; a place it held goes to the first
    on the waitlist, who is told. Return True if this call cancelled it.
    """
    now = now or timezone.now()
    with transaction.atomic():
        event = _lock_event(registration.event_id)
        current = Registration.objects.filter(pk=registration.pk).first()
        if event is None or current is None or current.is_cancelled:
            return False
        current.event = event
        late = current.is_registered and not current.cancellation_is_free(now)
        changed = Registration.objects.filter(pk=current.pk, status=current.status).update(
            status=Registration.Status.CANCELLED,
            cancelled_at=now,
            cancelled_by=by,
            late_cancellation=late and by == Registration.CancelledBy.PARTICIPANT,
            sequence=F("sequence") + 1,
            staff_sequence=F("staff_sequence") + int(by == Registration.CancelledBy.PARTICIPANT),
            changed_at=now,
        )
        if not changed:
            return False
        promoted = []
        if current.is_registered:
            Event.objects.filter(pk=event.pk).update(taken=F("taken") - 1)
            if event.registration_open(now):
                promoted = _promote(event.pk, now)
    by_participant = by == Registration.CancelledBy.PARTICIPANT
    _queue_emails([current, *promoted], staff_notice=current if by_participant else None)
    return True


def places_changed(event, now=None):
    """After staff raised an event's places: the waitlist gets the new ones."""
    now = now or timezone.now()
    with transaction.atomic():
        if _lock_event(event.pk) is None:
            return []
        promoted = _promote(event.pk, now) if event.registration_open(now) else []
    if promoted:
        _queue_emails(promoted)
    return promoted


def cancel_event(event, now=None):
    """
    Cancel the whole event: every registration and the waitlist are cancelled and told, with
    the invite's cancellation. Return how many were told (0 if it was cancelled already).
    """
    now = now or timezone.now()
    with transaction.atomic():
        if not Event.objects.filter(pk=event.pk, status=Event.Status.SCHEDULED).update(
            status=Event.Status.CANCELLED, cancelled_at=now
        ):
            return 0
        told = list(Registration.objects.active().filter(event_id=event.pk))
        Registration.objects.filter(pk__in=[r.pk for r in told]).update(
            status=Registration.Status.CANCELLED,
            cancelled_at=now,
            cancelled_by=Registration.CancelledBy.EVENT,
            sequence=F("sequence") + 1,
            changed_at=now,
        )
        Event.objects.filter(pk=event.pk).update(taken=0)
    _queue_emails(told)
    return len(told)
