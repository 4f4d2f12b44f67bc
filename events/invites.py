"""
An event's calendar invite (RFC 5545, made with the icalendar package), one per participant.

A series of dates is one VEVENT: the first date as DTSTART, the others as RDATE, and a date of
another length as its own instance (RECURRENCE-ID), all under one UID, so that a calendar
shows every date and replaces them all with an update. The times carry TZID Europe/Helsinki
(with its VTIMEZONE), as the dates are Finnish days. A registration is sent as METHOD:REQUEST;
a cancellation as METHOD:CANCEL with STATUS:CANCELLED and a higher SEQUENCE.
"""

from datetime import UTC

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress, vText

from core.local_times import local
from services.models import SiteDetails

PRODID = "-//Tyonohjaus//Koulutukset//FI"


def organiser_address():
    site = SiteDetails.load()
    if site.email:
        return site.email
    return settings.DEFAULT_FROM_EMAIL.rpartition("<")[2].rstrip(">").strip()


def _location(event):
    if event.is_online:
        return _("Online: the link is sent the day before")
    return event.place


def _component(registration, sessions, now, site, recurrence_id=None, session=None):
    event = registration.event
    component = Event()
    component.add("uid", registration.uid)
    component.add("dtstamp", now.astimezone(UTC))
    component.add("sequence", registration.invite_sequence)
    first = session or sessions[0]
    component.add("dtstart", local(first.start))
    component.add("dtend", local(first.end))
    if recurrence_id is not None:
        component.add("recurrence-id", local(recurrence_id))
    component.add("summary", event.title)
    description = [event.lead]
    if registration.is_registered:
        description.append(_("Your registration: %(url)s") % {"url": registration.manage_url()})
    component.add("description", "\n\n".join(description))
    if location := _location(event):
        component.add("location", location)
    component.add("status", "CONFIRMED" if registration.is_registered else "CANCELLED")
    organiser = vCalAddress(f"mailto:{organiser_address()}")
    organiser.params["cn"] = vText(site.name or event.title)
    component.add("organizer", organiser)
    attendee = vCalAddress(f"mailto:{registration.email}")
    attendee.params["cn"] = vText(registration.name)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    component.add("attendee", attendee)
    return component


def invite(registration, now=None):
    """The .ics of ``registration``'s current state: a REQUEST, or a CANCEL once cancelled."""
    now = now or timezone.now()
    site = SiteDetails.load()
    sessions = list(registration.event.sessions.all())
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST" if registration.is_registered else "CANCEL")
    main = _component(registration, sessions, now, site)
    first, *others = sessions
    if others:
        main.add("rdate", [local(session.start) for session in others])
    calendar.add_component(main)
    length = first.end - first.start
    for session in others:
        if session.end - session.start != length:
            calendar.add_component(
                _component(registration, sessions, now, site, session.start, session)
            )
    calendar.add_missing_timezones()
    return calendar.to_ical()
