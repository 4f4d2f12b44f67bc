"""
What a change staff make in the admin will email, worded for the confirmation step that
comes before anything is sent (booking.admin).
"""

from django.utils.translation import gettext as _

from core.admin_sending import Outgoing

from . import emails
from .models import Booking


def _to_client(booking, kind):
    what = {
        emails.NEW: _("The client is sent the booking confirmation and a calendar invite."),
        emails.MOVED: _("The client is sent a notice of the move and a new calendar invite."),
        emails.CANCELLED: _(
            "The client is sent a notice of the cancellation and the calendar invite's "
            "cancellation."
        ),
    }[kind]
    return Outgoing(booking.email, what)


def _to_supervisor(booking, kind):
    what = {
        emails.NEW: _("The supervisor is sent the new booking and a calendar invite."),
        emails.MOVED: _("The supervisor is sent the move and an updated calendar invite."),
        emails.CANCELLED: _(
            "The supervisor is sent the cancellation and the calendar invite's cancellation."
        ),
    }[kind]
    try:
        recipients = emails.staff_recipients(booking)
    except ValueError:  # nobody to send to: the send fails, and says so, as without this step
        recipients = []
    return Outgoing(", ".join(recipients), what)


def for_move(booking):
    """The emails moving ``booking`` sends."""
    return [_to_client(booking, emails.MOVED), _to_supervisor(booking, emails.MOVED)]


def for_cancellation(booking):
    """The emails cancelling ``booking`` sends."""
    return [_to_client(booking, emails.CANCELLED), _to_supervisor(booking, emails.CANCELLED)]


def for_resend(booking):
    """The emails sending ``booking``'s unsent ones again sends: its latest state, as owed."""
    kind = emails.kind(booking)
    owed = Booking.objects.filter(pk=booking.pk)
    found = []
    if owed.unsent("client").exists():
        found.append(_to_client(booking, kind))
    if owed.unsent("staff").exists():
        found.append(_to_supervisor(booking, kind))
    return found
