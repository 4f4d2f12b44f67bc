"""Events and their registration form for tests."""

import time
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core import mail
from django.utils import timezone

from core import spam
from events.forms import TOKEN_SALT
from events.models import Event, Session


def make_event(
    *, places=3, price=Decimal("0"), days_ahead=30, sessions=1, slug="tyonohjauksen-tietoisku",
    attendance=Event.Attendance.ON_SITE, **fields,
):  # fmt: skip
    """A published event ``days_ahead`` days away: ``sessions`` dates a week apart, 9–12."""
    event = Event.objects.create(
        kind=Event.Kind.INFO_SESSION,
        title=fields.pop("title", "Työnohjauksen tietoisku"),
        slug=slug,
        lead="Mitä työnohjaus on ja miten se alkaa.",
        description="## Ohjelma\n\nTyönohjauksen muodot ja aloittaminen.",
        audience="Esihenkilöt",
        attendance=attendance,
        place="" if attendance == Event.Attendance.ONLINE else "Esimerkkikatu 1, Helsinki",
        places=places,
        price=price,
        published=fields.pop("published", True),
        **fields,
    )
    first = (timezone.now() + timedelta(days=days_ahead)).replace(
        hour=7, minute=0, second=0, microsecond=0
    )
    for week in range(sessions):
        start = first + timedelta(weeks=week)
        Session.objects.create(event=event, start=start, end=start + timedelta(hours=3))
    event.dates_changed()
    return event


def started():
    """A form token issued a minute ago: not too fast, not expired."""
    return spam.issue_form_token(time.time() - 60, salt=TOKEN_SALT)


def registration_data(*people, **shared):
    """The registration form's POST for ``people`` ((name, email) pairs) and ``shared`` fields."""
    people = people or [("Maija Meikäläinen", "maija@example.com")]
    data = {
        "osallistuja-TOTAL_FORMS": str(len(people)),
        "osallistuja-INITIAL_FORMS": "0",
        "osallistuja-MIN_NUM_FORMS": "1",
        "osallistuja-MAX_NUM_FORMS": "10",
        "organisation": "Säätiö ry",
        "started": started(),
    }
    for row, (name, email) in enumerate(people):
        data[f"osallistuja-{row}-name"] = name
        data[f"osallistuja-{row}-email"] = email
    data.update(shared)
    return data


def to_staff(message):
    return set(message.to) == set(settings.CONTACT_RECIPIENTS)


def participant_mail():
    """The emails sent to participants (not the notices to staff), in order."""
    return [message for message in mail.outbox if not to_staff(message)]


def staff_mail():
    """The notices sent to staff of new registrations and participants' cancellations."""
    return [message for message in mail.outbox if to_staff(message)]
