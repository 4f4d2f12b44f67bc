"""
Calendar invites (RFC 5545, made with the icalendar package).

One booking is one event with a stable UID; each change raises its SEQUENCE, so a calendar
replaces the event it has instead of adding another. A booking is sent as METHOD:REQUEST; a
cancellation as METHOD:CANCEL with STATUS:CANCELLED, which removes the event from calendars.
Times are written in UTC: a Finnish local time with a TZID cannot name the second 3.00 of
the autumn night the clocks go back (RFC 5545 reads it as the first), and every calendar shows
a UTC time in its reader's own zone.

Only the client's invite carries the link to cancel or move the booking: whoever holds it can
do so, so the supervisor's invite (often forwarded or shared with a calendar) leaves it out.
"""

from datetime import UTC

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from services.models import SiteDetails

PRODID = "-//Tyonohjaus//Ajanvaraus//FI"


def _calendar(method=None):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    if method:
        calendar.add("method", method)
    return calendar


def _summary(booking):
    return _("Free first conversation: %(supervisor)s") % {"supervisor": booking.supervisor.name}


def _event(booking, site, organiser_email, now, for_client=False):
    event = Event()
    event.add("uid", booking.uid)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("sequence", booking.sequence)
    event.add("dtstart", booking.start.astimezone(UTC))
    event.add("dtend", booking.end.astimezone(UTC))
    event.add("summary", _summary(booking))
    # The channel in words, and as LOCATION: the video instructions, the number the
    # supervisor calls or the address, so a calendar shows where the meeting is.
    description = [booking.channel]
    if for_client and booking.is_active:
        description.append(_("Cancel or move: %(url)s") % {"url": booking.manage_url()})
    event.add("description", "\n".join(description))
    if booking.invite_location:
        event.add("location", booking.invite_location)
    event.add("status", "CONFIRMED" if booking.is_active else "CANCELLED")
    organiser = vCalAddress(f"mailto:{organiser_email}")
    organiser.params["cn"] = vText(site.name or booking.supervisor.name)
    event.add("organizer", organiser)
    attendee = vCalAddress(f"mailto:{booking.email}")
    attendee.params["cn"] = vText(booking.name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    event.add("attendee", attendee)
    return event


def organiser_address():
    site = SiteDetails.load()
    if site.email:
        return site.email
    return settings.DEFAULT_FROM_EMAIL.rpartition("<")[2].rstrip(">").strip()


def invite(booking, for_client, now=None):
    """
    The .ics of ``booking``'s current state: a REQUEST, or a CANCEL once cancelled.

    ``for_client``: the client's own invite, with the link to cancel or move the booking;
    staff's has none.
    """
    now = now or timezone.now()
    site = SiteDetails.load()
    calendar = _calendar("REQUEST" if booking.is_active else "CANCEL")
    calendar.add_component(_event(booking, site, organiser_address(), now, for_client))
    return calendar.to_ical()


def feed(supervisor, bookings, now=None):
    """A subscribable calendar of ``bookings`` (a supervisor's upcoming ones)."""
    now = now or timezone.now()
    site = SiteDetails.load()
    calendar = _calendar()
    calendar.add("x-wr-calname", _("First conversations: %(name)s") % {"name": supervisor.name})
    organiser = organiser_address()
    for booking in bookings:
        event = _event(booking, site, organiser, now)
        details = [booking.name, booking.organisation, booking.email, booking.phone, booking.note]
        event["description"] = vText("\n".join(part for part in details if part))
        calendar.add_component(event)
    return calendar.to_ical()
