"""Plain factory helpers for the booking tests."""

from datetime import time

from booking.models import Calendar, WeeklyHours
from supervisors.models import Supervisor

EVERY_DAY = [(day, time(9), time(16)) for day in range(7)]


def make_supervisor(slug="anna-testi", name="Anna Testi", **overrides):
    fields = {
        "slug": slug,
        "name": name,
        "role": "Työnohjaaja",
        "introduction": "Testiprofiili.",
        **overrides,
    }
    return Supervisor.objects.create(**fields)


def make_calendar(supervisor=None, hours=EVERY_DAY, **overrides):
    """A calendar open every day 9–16 by default, with its weekly hours."""
    supervisor = supervisor or make_supervisor()
    calendar = Calendar.objects.create(supervisor=supervisor, **overrides)
    WeeklyHours.objects.bulk_create(
        WeeklyHours(calendar=calendar, weekday=day, start=start, end=end)
        for day, start, end in hours
    )
    return calendar


def booking_data(**overrides):
    return {
        "name": "Åsa Äijälä",
        "email": "asa@example.com",
        "phone": "",
        "organisation": "Säätiö ry",
        "note": "Haluaisimme kuulla ryhmätyönohjauksesta.",
        "website": "",
        **overrides,
    }
