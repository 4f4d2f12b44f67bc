"""
Calendar invites (RFC 5545, made with the icalendar package).

One booking is one event with a stable UID; each change raises its SEQUENCE, so a calendar
replaces the event it has instead of adding another. A booking is sent as METHOD:REQUEST; a
cancellation as METHOD:CANCEL with STATUS:CANCELLED, which removes the event from calendars.
Times are written in Europe/Helsinki with the zone's definition embedded (VTIMEZONE).
"""

from datetime import UTC

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from services.models import SiteDetails

from .timefmt import HELSINKI

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


def _event(booking, site, organiser_email, now):
    event = Event()
    event.add("uid", booking.uid)
    event.add("dtstamp", now.astimezone(UTC))
    event.add("sequence", booking.sequence)
    event.add("dtstart", booking.start.astimezone(HELSINKI))
    event.add("dtend", booking.end.astimezone(HELSINKI))
    event.add("summary", _summary(booking))
    description = [booking.get_mode_display()]
    if booking.location:
        description.append(booking.location)
    if booking.is_active:
        description.append(_("Cancel or move: %(url)s") % {"url": booking.manage_url()})
    event.add("description", "\n".join(description))
    if booking.location:
        event.add("location", booking.location)
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


def invite(booking, now=None):
    """The .ics of ``booking``'s current state: a REQUEST, or a CANCEL once cancelled."""
    now = now or timezone.now()
    site = SiteDetails.load()
    calendar = _calendar("REQUEST" if booking.is_active else "CANCEL")
    calendar.add_component(_event(booking, site, organiser_address(), now))
    calendar.add_missing_timezones()
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
    calendar.add_missing_timezones()
    return calendar.to_ical()
