"""
Example opening hours for development: `python manage.py load_example_content`.

Gives each example supervisor (supervisors/examples.py) a booking calendar marked as an
example, so that `make run` shows free times. Running it again changes nothing; migrations
never load it.
"""

from datetime import time

from supervisors.models import Supervisor

from .models import Calendar, Mode, WeeklyHours

HOURS = {
    "aino-esimerkki": {
        "mode": Mode.VIDEO,
        "location": "Videolinkki lähetetään sähköpostiinne päivää ennen.",
        "hours": [(0, time(9), time(12)), (2, time(13), time(16)), (4, time(9), time(11))],
    },
    "eero-esimerkki": {
        "mode": Mode.PHONE,
        "location": "Työnohjaaja soittaa antamaanne numeroon.",
        "hours": [(1, time(10), time(14)), (3, time(8), time(10, 30))],
    },
}


def load():
    """Give the example supervisors opening hours; return how many calendars were added."""
    added = 0
    for supervisor in Supervisor.objects.filter(is_example=True, slug__in=HOURS):
        example = HOURS[supervisor.slug]
        calendar, created = Calendar.objects.get_or_create(
            supervisor=supervisor,
            defaults={"mode": example["mode"], "location": example["location"], "is_example": True},
        )
        if created:
            added += 1
            WeeklyHours.objects.bulk_create(
                WeeklyHours(calendar=calendar, weekday=day, start=start, end=end)
                for day, start, end in example["hours"]
            )
            # bulk_create sends no signal: the free times are told here (booking.slots).
            Calendar.objects.filter(pk=calendar.pk).free_times_changed()
    return added
