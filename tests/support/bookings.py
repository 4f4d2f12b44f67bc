"""Plain factory helpers for the booking tests, and booking through the site."""

import re
import time as clock
from datetime import datetime, time, timedelta
from unittest import mock

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar as ICalendar

from booking.forms import TOKEN_SALT, format_time
from booking.models import Booking, Calendar, Mode, WeeklyHours
from booking.slots import bookable_calendars, free_slots
from booking.timefmt import HELSINKI
from booking.workflow import book
from core import spam
from supervisors.models import Sector, Supervisor

EVERY_DAY = [(day, time(9), time(16)) for day in range(7)]


def frozen(*when):
    """The clock stopped at ``when`` (Finnish time), for the site and the test alike."""
    return mock.patch("django.utils.timezone.now", return_value=datetime(*when, tzinfo=HELSINKI))


def in_days(days, clock):
    """``clock`` (a time) in Finnish time, ``days`` from today (before it, when negative)."""
    day = timezone.localdate() + timedelta(days=days)
    return datetime.combine(day, clock, tzinfo=HELSINKI)


def make_supervisor(slug="anna-testi", name="Anna Testi", sectors="", **overrides):
    """A supervisor; ``sectors`` names theirs, separated by commas, from the shared list."""
    fields = {
        "slug": slug,
        "name": name,
        "role": "Työnohjaaja",
        "introduction": "Testiprofiili.",
        **overrides,
    }
    supervisor = Supervisor.objects.create(**fields)
    if sectors:
        supervisor.sectors.set(Sector.for_names(sectors.split(",")))
    return supervisor


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


TIMES = "/ajanvaraus/"


SLOT_LINK = re.compile(r'href="/ajanvaraus/varaa/\?aika=(?P<value>\d{8}T\d{4}Z)')


def free_values(client, query=""):
    html = client.get(TIMES + query).content.decode()
    return SLOT_LINK.findall(html)


NEXT_WEEK = re.compile(r'href="\?viikko=(?P<monday>[\d-]+)[^"]*" rel="next"')


def every_free_value(client):
    """The free times of every week of the list, following its "next week" links."""
    found, query = [], ""
    while True:
        html = client.get(TIMES + query).content.decode()
        found.extend(SLOT_LINK.findall(html))
        following = NEXT_WEEK.search(html)
        if following is None:
            return found
        query = f"?viikko={following['monday']}"


def started():
    return spam.issue_form_token(issued_at=clock.time() - 60, salt=TOKEN_SALT)


def send(client, value, query="", **overrides):
    data = booking_data(aika=value, started=started(), **overrides)
    return client.post(reverse("booking:book") + query, data)


def book_first_free_time(client, calendar):
    """Book the first free time; return the booking and the client's own link."""
    response = send(client, free_values(client)[0])
    booking = Booking.objects.get()
    mail.outbox.clear()
    return booking, response["Location"].split("?")[0]


def book_soonest(client, calendar, **overrides):
    """Book the soonest free time of any calendar through the form; return the booking."""
    slot = free_slots(bookable_calendars())[0]
    data = booking_data(
        aika=slot.start.strftime("%Y%m%dT%H%MZ"),
        started=started(),
        **overrides,
    )
    response = client.post(reverse("booking:book"), data)
    assert response.status_code == 302, response.content.decode()[-2000:]
    return Booking.objects.get(email=data["email"])


def phone_and_video_calendars():
    """
    Two supervisors free at the same times: Eero (first in order, education, by phone) and
    Aino (healthcare, by video), as in the example content.
    """
    eero = make_supervisor(
        slug="eero-testi", name="Eero Testi", email="eero@example.com", order=1,
        sectors="opetusala, kunta-ala, järjestöt", published=True,
    )  # fmt: skip
    aino = make_supervisor(
        slug="aino-testi", name="Aino Testi", email="aino@example.com", order=2,
        sectors="sosiaaliala, terveydenhuolto", published=True,
    )  # fmt: skip
    return make_calendar(eero, mode=Mode.PHONE), make_calendar(aino, mode=Mode.VIDEO)


def booking_pages():
    """
    The booking pages with content to show: the free times, the form, a confirmed booking
    and its cancel question. Returns ``{path: a text on the page}``.
    """
    phone, _video = phone_and_video_calendars()
    slots = free_slots(bookable_calendars())
    # The last free time: the soonest may already be inside the self-service deadline, where
    # the cancel page says it is too late instead of asking.
    last_phone_time = max(s.start for s in slots if s.supervisor_id == phone.supervisor_id)
    booking = book(
        [phone],
        last_phone_time,
        {"name": "Åsa Äijälä", "email": "asa@example.com", "phone": "040 123 4567",
         "organisation": "Säätiö ry", "sector": "Terveydenhuolto"},
    )  # fmt: skip
    own = f"/ajanvaraus/varaus/{booking.manage_token}/"
    return {
        "/ajanvaraus/?ala=terveydenhuolto": "Vapaat ajat",
        f"/ajanvaraus/varaa/?aika={format_time(slots[0].start)}": "Valitsemanne aika",
        f"{own}?vahvistettu=1": "Varauksenne on vahvistettu",
        f"{own}peru/": "Haluatteko varmasti perua?",
    }


def reminded_tomorrow(booking):
    """
    Move ``booking`` (made days ago) to 20 hours from now and run the nightly reminders:
    returns its new start and the emails sent.
    """
    soon = timezone.now() + timedelta(hours=20)
    Booking.objects.filter(pk=booking.pk).update(
        start=soon, end=soon + timedelta(minutes=30), created_at=timezone.now() - timedelta(days=3)
    )
    mail.outbox.clear()
    call_command("send_booking_reminders")
    return soon, list(mail.outbox)


def invite_of(message):
    """The text/calendar part of an email.message (from the SMTP server) or EmailMessage."""
    if hasattr(message, "walk"):
        [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
        return part, ICalendar.from_ical(part.get_content())
    [part] = [a for a in message.attachments if a.get_content_type() == "text/calendar"]
    return part, ICalendar.from_ical(part.get_payload(decode=True))


# For a live server's `manage.py shell`: one supervisor, open every day 9–16.
LIVE_CALENDAR_SETUP = """
from datetime import time
from booking.models import Calendar, WeeklyHours
from supervisors.models import Supervisor
s = Supervisor.objects.create(slug="anna-testi", name="Anna Testi", role="Työnohjaaja",
                              introduction="Testi.", email="anna@example.com")
c = Calendar.objects.create(supervisor=s)
WeeklyHours.objects.bulk_create(WeeklyHours(calendar=c, weekday=d, start=time(9), end=time(16))
                                for d in range(7))
"""
