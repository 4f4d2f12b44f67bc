"""
The booking list at ten times today's data, timed in-process (not part of `make test`).

    .venv/bin/python bench/booking_scale.py [--supervisors 20] [--bookings 5000] [--rounds 30]

Migrates a throw-away SQLite database, gives each supervisor a calendar with a few weekly
windows (like the example content) and spreads the bookings from 330 days back to 290 days
ahead (so about half are in the future, most of those beyond the 42-day horizon; a tenth are
cancelled).
Then it times, with Django's test client and a local-memory cache:

- the free times of every open calendar (`free_slots(bookable_calendars())`),
- the list `/ajanvaraus/`, plain and with a form of supervision chosen,
- whether any time is free (`booking.availability`, what the call to action asks),

each on a cold cache (cleared before every round) and a warm one, and the list once more just
after a booking, and prints the median and best times (the best is the steadier figure on a
busy machine).
"""

import argparse
import itertools
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))


TOPIC = "yksilotyonohjaus"


def configure(workdir):
    os.environ.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DJANGO_SECRET_KEY="bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        DJANGO_ALLOWED_HOSTS="testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=f"sqlite:///{workdir / 'scale.sqlite3'}",
        CACHE_URL="locmemcache://",
        EMAIL_URL="dummymail://",
        CONTACT_RECIPIENTS="staff@example.com",
        DJANGO_LOG_LEVEL="WARNING",
        DJANGO_STATICFILES_STORAGE="django.contrib.staticfiles.storage.StaticFilesStorage",
    )
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", "--noinput", verbosity=0)


def load(supervisors, bookings, seed=1):
    """The calendars and bookings; returns how many bookings end in the future."""
    from booking.models import Booking, Calendar, WeeklyHours
    from services.models import SupervisionForm
    from supervisors.models import Supervisor

    rng = random.Random(seed)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    future = 0
    per_supervisor = bookings // supervisors
    topic = SupervisionForm.objects.get(slug=TOPIC)
    for number in range(supervisors):
        supervisor = Supervisor.objects.create(
            slug=f"ohjaaja-{number}", name=f"Ohjaaja {number}", role="Työnohjaaja",
            introduction="Mittausprofiili.", order=number, published=True,
        )  # fmt: skip
        if number % 2 == 0:  # half of them offer the form of supervision the list is timed with
            supervisor.forms.add(topic)
        calendar = Calendar.objects.create(supervisor=supervisor)
        days = rng.sample(range(5), 3)
        WeeklyHours.objects.bulk_create(
            WeeklyHours(calendar=calendar, weekday=day, start=clock_time(hour),
                        end=clock_time(hour + rng.choice((2, 3))))
            for day, hour in zip(days, (rng.choice((8, 9, 10, 13)) for _ in days), strict=True)
        )  # fmt: skip
        # Half-hour starts from 330 days back to 290 days ahead (46 % in the future), each once.
        first = now.replace(minute=0) - timedelta(days=330)
        starts = rng.sample(range(620 * 24 * 2), per_supervisor)
        rows = []
        for index, offset in enumerate(starts):
            start = first + timedelta(minutes=30 * offset)
            future += start + timedelta(minutes=30) > now
            rows.append(
                Booking(
                    supervisor=supervisor, start=start, end=start + timedelta(minutes=30),
                    mode="video", name="Asiakas", email="asiakas@example.com",
                    status="cancelled" if rng.random() < 0.1 else "confirmed",
                    manage_key=f"{number}-{index}", manage_token_hash=f"{number}-{index}",
                )
            )  # fmt: skip
        Booking.objects.bulk_create(rows)
    return future


def timed(rounds, action, before=None):
    """
    The median and the best milliseconds of ``action`` over ``rounds`` rounds, ``before`` each
    untimed, as text.
    """
    times = []
    for _ in range(rounds):
        if before is not None:
            before()
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return f"{statistics.median(times):6.1f} /{min(times):6.1f}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--supervisors", type=int, default=20)
    parser.add_argument("--bookings", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="booking-scale-") as folder:
        configure(Path(folder))
        future = load(args.supervisors, args.bookings)

        from django.core.cache import cache
        from django.db import connection
        from django.test import Client
        from django.test.utils import CaptureQueriesContext

        from booking import availability
        from booking.models import Booking, Calendar
        from booking.slots import bookable_calendars, free_slots

        client = Client()
        topic = TOPIC

        def page(path):
            def get():
                response = client.get(path)
                assert response.status_code == 200, response.status_code

            return get

        def queries(action):
            with CaptureQueriesContext(connection) as captured:
                action()
            return len(captured)

        def cleared():
            cache.clear()

        def has_free_times():
            assert availability._compute()

        measured = [
            ("free_slots(bookable_calendars())", lambda: free_slots(bookable_calendars())),
            ("/ajanvaraus/", page("/ajanvaraus/")),
            (f"/ajanvaraus/?muoto={topic}", page(f"/ajanvaraus/?muoto={topic}")),
            ("any free time (call to action)", has_free_times),
        ]
        print(
            f"{args.supervisors} supervisors, {args.bookings} bookings ({future} in the future); "
            f"median of {args.rounds} rounds"
        )
        print(f"{'ms: median / best':36} {'cold':>14} {'queries':>8} {'warm':>14} {'queries':>8}")
        for name, action in measured:
            cold = timed(args.rounds, action, before=cleared)
            cleared()
            cold_queries = queries(action)
            action()
            warm = timed(args.rounds, action)
            warm_queries = queries(action)
            print(f"{name:36} {cold:>14} {cold_queries:8} {warm:>14} {warm_queries:8}")

        booked = itertools.count()

        def a_booking():
            number = next(booked)
            start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(
                days=30, minutes=30 * number
            )
            Booking.objects.create(
                supervisor=Calendar.objects.order_by("pk").first().supervisor, start=start,
                end=start + timedelta(minutes=30), mode="video", name="Asiakas",
                email="asiakas@example.com", manage_key=f"uusi-{number}",
                manage_token_hash=f"uusi-{number}",
            )  # fmt: skip

        list_page = page("/ajanvaraus/")
        after = timed(args.rounds, list_page, before=a_booking)
        a_booking()
        after_queries = queries(list_page)
        print(f"{'/ajanvaraus/ just after a booking':36} {after:>14} {after_queries:8}")


if __name__ == "__main__":
    main()
