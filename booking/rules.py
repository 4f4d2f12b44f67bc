"""
The rules a booking's time keeps, whoever changes it: the client moving it with their own
link (booking.workflow.move) or staff in the admin.

``objections`` says what speaks against a time. A client may only pick a free time, which
keeps every rule and more (minimum notice, horizon, buffers); staff may set any time these
rules allow, and may confirm one outside opening hours on purpose (an overridable objection).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import LONGEST_HORIZON_DAYS, Booking, Calendar
from .slots import within_opening_hours


@dataclass(frozen=True)
class Objection:
    """Why a booking may not be at a time; ``overridable`` ones staff may knowingly accept."""

    code: str
    message: str
    overridable: bool = False


CANCELLED = Objection(
    "cancelled",
    _("The booking is cancelled and the client has been told so; it can no longer be changed."),
)
UNCHANGED = Objection("unchanged", _("The booking is already at this time."))
PAST = Objection("past", _("This time has already passed."))
TOO_FAR = Objection("too_far", _("A booking can be at most a year ahead."))
OVERLAP = Objection("overlap", _("The supervisor already has a booking that overlaps this time."))
OUTSIDE_HOURS = Objection(
    "outside_hours",
    _(
        "This time is outside the supervisor's opening hours (or on a blocked day or a public "
        "holiday)."
    ),
    overridable=True,
)


def _calendar_with_hours(supervisor_id):
    return (
        Calendar.objects.filter(supervisor_id=supervisor_id)
        .prefetch_related("weekly_hours", "extra_times", "blocked_days")
        .first()
    )


def objections(booking, start, now=None):
    """
    What speaks against ``booking`` (as stored) being confirmed at ``start``, keeping its
    length: the most serious first, an empty list when nothing does.

    A cancelled booking stays cancelled, and its own time is no move. A time in the past or
    more than a year ahead is refused outright; otherwise every objection found is listed. A
    public holiday is outside opening hours unless an extra time opens it (booking.slots).
    """
    now = now or timezone.now()
    if not booking.is_active:
        return [CANCELLED]
    if start == booking.start:
        return [UNCHANGED]
    if start <= now:
        return [PAST]
    # A calendar offers times until the end of its horizon's last day, hence the extra day.
    if start >= now + timedelta(days=LONGEST_HORIZON_DAYS + 1):
        return [TOO_FAR]
    end = start + (booking.end - booking.start)
    found = []
    overlapping = (
        Booking.objects.active()
        .filter(supervisor_id=booking.supervisor_id, start__lt=end, end__gt=start)
        .exclude(pk=booking.pk)
    )
    if overlapping.exists():
        found.append(OVERLAP)
    calendar = _calendar_with_hours(booking.supervisor_id)
    if calendar is None or not within_opening_hours(calendar, start, end):
        found.append(OUTSIDE_HOURS)
    return found
