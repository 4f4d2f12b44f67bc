"""
No free time falls on a Finnish public holiday or a non-working eve, in any year the calendar
reaches; an extra time opens one on purpose; the moving rules refuse them too; the admin lists
the coming holidays a calendar skips.
"""

from datetime import date, datetime, time, timedelta

import pytest
from django.utils import timezone

from booking import rules
from booking.models import BlockedDays, Booking, ExtraTime
from booking.public_holidays import holiday_name, holidays_between
from booking.slots import bookable_calendars, calendar_slots, free_slots
from booking.timefmt import HELSINKI
from tests.support.bookings import make_calendar, make_supervisor
from tests.support.factories import log_in_verified

pytestmark = pytest.mark.django_db

EVERY_DAY_ALL_DAY = [(day, time(8), time(18)) for day in range(7)]

# Every day off of 2026–2028 by name, the moving ones included.
DAYS_OFF = {
    2026: {
        date(2026, 1, 1): "Uudenvuodenpäivä",
        date(2026, 1, 6): "Loppiainen",
        date(2026, 4, 3): "Pitkäperjantai",
        date(2026, 4, 5): "Pääsiäispäivä",
        date(2026, 4, 6): "Toinen pääsiäispäivä",
        date(2026, 5, 1): "Vappu",
        date(2026, 5, 14): "Helatorstai",
        date(2026, 5, 24): "Helluntaipäivä",
        date(2026, 6, 19): "Juhannusaatto",
        date(2026, 6, 20): "Juhannuspäivä",
        date(2026, 10, 31): "Pyhäinpäivä",
        date(2026, 12, 6): "Itsenäisyyspäivä",
        date(2026, 12, 24): "Jouluaatto",
        date(2026, 12, 25): "Joulupäivä",
        date(2026, 12, 26): "Tapaninpäivä",
    },
    2027: {
        date(2027, 1, 1): "Uudenvuodenpäivä",
        date(2027, 1, 6): "Loppiainen",
        date(2027, 3, 26): "Pitkäperjantai",
        date(2027, 3, 28): "Pääsiäispäivä",
        date(2027, 3, 29): "Toinen pääsiäispäivä",
        date(2027, 5, 1): "Vappu",
        date(2027, 5, 6): "Helatorstai",
        date(2027, 5, 16): "Helluntaipäivä",
        date(2027, 6, 25): "Juhannusaatto",
        date(2027, 6, 26): "Juhannuspäivä",
        date(2027, 11, 6): "Pyhäinpäivä",
        date(2027, 12, 6): "Itsenäisyyspäivä",
        date(2027, 12, 24): "Jouluaatto",
        date(2027, 12, 25): "Joulupäivä",
        date(2027, 12, 26): "Tapaninpäivä",
    },
    2028: {
        date(2028, 1, 1): "Uudenvuodenpäivä",
        date(2028, 1, 6): "Loppiainen",
        date(2028, 4, 14): "Pitkäperjantai",
        date(2028, 4, 16): "Pääsiäispäivä",
        date(2028, 4, 17): "Toinen pääsiäispäivä",
        date(2028, 5, 1): "Vappu",
        date(2028, 5, 25): "Helatorstai",
        date(2028, 6, 4): "Helluntaipäivä",
        date(2028, 6, 23): "Juhannusaatto",
        date(2028, 6, 24): "Juhannuspäivä",
        date(2028, 11, 4): "Pyhäinpäivä",
        date(2028, 12, 6): "Itsenäisyyspäivä",
        date(2028, 12, 24): "Jouluaatto",
        date(2028, 12, 25): "Joulupäivä",
        date(2028, 12, 26): "Tapaninpäivä",
    },
}


def offered_days(calendar, now):
    calendar.refresh_from_db()
    return {slot.start.astimezone(HELSINKI).date() for slot in calendar_slots(calendar, now)}


@pytest.mark.parametrize("year", sorted(DAYS_OFF))
def test_the_days_off_of_a_year_are_the_finnish_holidays_and_eves(year):
    assert dict(holidays_between(date(year, 1, 1), date(year, 12, 31))) == DAYS_OFF[year]


@pytest.mark.parametrize("year", sorted(DAYS_OFF))
def test_no_time_is_offered_on_a_holiday_of_the_year(year):
    """A calendar open every day all year offers every day but the days off."""
    calendar = make_calendar(hours=EVERY_DAY_ALL_DAY, min_notice_hours=0, horizon_days=366)
    new_years_eve = datetime(year - 1, 12, 31, 20, 0, tzinfo=HELSINKI)

    offered = {day for day in offered_days(calendar, new_years_eve) if day.year == year}

    assert not offered & set(DAYS_OFF[year])
    days_in_year = (date(year + 1, 1, 1) - date(year, 1, 1)).days
    assert len(offered) == days_in_year - len(DAYS_OFF[year])


def test_a_christmas_week_offers_only_its_working_days():
    calendar = make_calendar(hours=EVERY_DAY_ALL_DAY, min_notice_hours=0, horizon_days=13)
    monday = datetime(2026, 12, 21, 7, 0, tzinfo=HELSINKI)

    week = {day for day in offered_days(calendar, monday) if day <= date(2026, 12, 27)}

    assert week == {date(2026, 12, 21), date(2026, 12, 22), date(2026, 12, 23), date(2026, 12, 27)}


def test_an_extra_time_opens_a_holiday_by_hand():
    calendar = make_calendar(hours=EVERY_DAY_ALL_DAY, min_notice_hours=0, horizon_days=13)
    ExtraTime.objects.create(
        calendar=calendar, date=date(2026, 12, 24), start=time(10), end=time(11)
    )

    slots = calendar_slots(calendar, datetime(2026, 12, 21, 7, 0, tzinfo=HELSINKI))
    on_christmas_eve = [s for s in slots if s.start.astimezone(HELSINKI).date().day == 24]

    assert [s.start.astimezone(HELSINKI).time() for s in on_christmas_eve] == [
        time(10),
        time(10, 30),
    ]


def test_a_blocked_day_stays_blocked_even_with_an_extra_time():
    calendar = make_calendar(hours=EVERY_DAY_ALL_DAY, min_notice_hours=0, horizon_days=13)
    ExtraTime.objects.create(
        calendar=calendar, date=date(2026, 12, 24), start=time(10), end=time(11)
    )
    BlockedDays.objects.create(
        calendar=calendar, first_day=date(2026, 12, 24), last_day=date(2026, 12, 24)
    )

    assert date(2026, 12, 24) not in offered_days(
        calendar, datetime(2026, 12, 21, 7, 0, tzinfo=HELSINKI)
    )


def test_free_slots_offer_no_holiday_of_the_coming_year():
    make_calendar(hours=EVERY_DAY_ALL_DAY, min_notice_hours=0, horizon_days=366)
    slots = free_slots(bookable_calendars())
    days = {slot.start.astimezone(HELSINKI).date() for slot in slots}

    assert days
    assert not [day for day in days if holiday_name(day)]


def test_moving_a_booking_onto_a_holiday_is_outside_opening_hours():
    calendar = make_calendar(
        make_supervisor(), hours=EVERY_DAY_ALL_DAY, min_notice_hours=0, horizon_days=366
    )
    start = datetime(2027, 6, 24, 10, 0, tzinfo=HELSINKI)
    booking = Booking.objects.create(
        supervisor=calendar.supervisor, start=start, end=start + timedelta(minutes=30),
        mode=calendar.mode, name="Asiakas", email="asiakas@example.com", manage_key="k",
        manage_token_hash="h",
    )  # fmt: skip
    now = datetime(2027, 6, 1, 8, 0, tzinfo=HELSINKI)
    midsummer_eve = datetime(2027, 6, 25, 10, 0, tzinfo=HELSINKI)

    assert rules.objections(booking, midsummer_eve, now=now) == [rules.OUTSIDE_HOURS]
    assert rules.objections(booking, start + timedelta(hours=1), now=now) == []


def test_the_calendar_admin_lists_the_coming_holidays_it_skips(client, django_user_model):
    calendar = make_calendar()
    today = timezone.now().astimezone(HELSINKI).date()
    coming = holidays_between(today, today + timedelta(days=365))
    opened_day, opened_name = coming[0]
    ExtraTime.objects.create(calendar=calendar, date=opened_day, start=time(10), end=time(11))
    admin = django_user_model.objects.create_superuser("paakayttaja", password="x" * 12)
    log_in_verified(client, admin)

    response = client.get(f"/hallinta/booking/calendar/{calendar.pk}/change/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "Tulevat arkipyhät (seuraavat 12 kuukautta)" in html
    assert f"{opened_name} – avattu lisäajalla" in html
    for _day, name in coming[1:]:
        assert f"{name} – ei aikoja" in html
