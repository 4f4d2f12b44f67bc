"""A series of dates is one invite: every date, one UID, Finnish time; a CANCEL supersedes it."""

from datetime import timedelta

import icalendar
import pytest
import recurring_ical_events

from events import invites, workflow
from events.models import Registration, Session
from tests.support.events import make_event

pytestmark = pytest.mark.django_db


def register_one(event):
    [registration] = workflow.register(
        event,
        [{"name": "Maija", "email": "maija@example.com"}],
        {"organisation": "Säätiö ry"},
        group_key="a" * 32,
    )
    return registration


def test_a_three_date_series_is_one_invite_with_three_occurrences():
    event = make_event(sessions=3)
    registration = register_one(event)
    calendar = icalendar.Calendar.from_ical(invites.invite(registration))
    assert calendar["METHOD"] == "REQUEST"
    starts = [s.start for s in event.sessions.all()]
    occurrences = recurring_ical_events.of(calendar).between(
        starts[0] - timedelta(days=1), starts[-1] + timedelta(days=1)
    )
    assert len(occurrences) == 3
    assert {str(o["UID"]) for o in occurrences} == {registration.uid}
    assert sorted(o["DTSTART"].dt for o in occurrences) == starts
    for occurrence in occurrences:
        assert str(occurrence["DTSTART"].dt.tzinfo) == "Europe/Helsinki"
        assert occurrence["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Helsinki"]


def test_a_date_of_another_length_keeps_its_own_end():
    event = make_event(sessions=2)
    last = event.sessions.last()
    Session.objects.filter(pk=last.pk).update(end=last.start + timedelta(hours=6))
    registration = register_one(event)
    calendar = icalendar.Calendar.from_ical(invites.invite(registration))
    occurrences = recurring_ical_events.of(calendar).between(
        event.starts_at - timedelta(days=1), event.starts_at + timedelta(days=30)
    )
    lengths = sorted(o["DTEND"].dt - o["DTSTART"].dt for o in occurrences)
    assert lengths == [timedelta(hours=3), timedelta(hours=6)]


def test_the_cancellation_is_a_cancel_with_the_same_uid_and_a_higher_sequence():
    event = make_event(sessions=3)
    registration = register_one(event)
    first = icalendar.Calendar.from_ical(invites.invite(registration))
    workflow.cancel(registration, Registration.CancelledBy.PARTICIPANT)
    registration.refresh_from_db()
    cancelled = icalendar.Calendar.from_ical(invites.invite(registration))
    assert cancelled["METHOD"] == "CANCEL"
    [before] = first.walk("VEVENT")
    [after] = cancelled.walk("VEVENT")
    assert after["UID"] == before["UID"]
    assert after["STATUS"] == "CANCELLED"
    assert after["SEQUENCE"] > before["SEQUENCE"]
    # The cancellation removes every date, the series' RDATEs with it.
    assert after.get("RDATE") is not None


def test_an_online_event_keeps_its_video_link_out_of_the_invite():
    event = make_event(
        slug="webinaari", attendance="online", video_link="https://video.example.com/salainen"
    )
    registration = register_one(event)
    assert b"salainen" not in invites.invite(registration)
