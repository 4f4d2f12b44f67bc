"""
An example event for development. Never loaded by a migration: ``load_example_content`` adds
it, flagged ``is_example``; ``check --deploy`` warns while it is published. It says it is an
example, is free (no price is made up) and online, and its substance is the consultancy's own
description of work community development (the seed text).
"""

from datetime import datetime, timedelta

from django.utils import timezone

from core.local_times import HELSINKI
from services.models import SupervisionForm

from .models import Event, Session

SLUG = "esimerkkitietoisku"
TITLE = "Esimerkkitapahtuma: tietoisku työnohjauksesta"
LEAD = (
    "Esimerkki: tämä tapahtuma näyttää, miltä koulutus tai tietoisku ilmoittautumisineen "
    "näkyy sivustolla."
)
DESCRIPTION = """\
Tämä on esimerkkitapahtuma, jonka kehitysympäristön esimerkkisisältö lisää. Poistakaa tai \
piilottakaa se ennen sivuston julkaisemista.

## Mistä on kyse

Työyhteisön kehittäminen sisältää yleensä koulutuspäiviä tai lyhyitä tietoiskuja, \
valmennusta ja prosessinomaista työnohjausta.
"""
FORMS = ["yhteisotyonohjaus", "ryhmatyonohjaus"]
PLACES = 20


def load():
    """Add the example event with two dates five and six weeks ahead, or bring it back."""
    values = {
        "is_example": True,
        "kind": Event.Kind.INFO_SESSION,
        "title": TITLE,
        "title_fi": TITLE,
        "lead": LEAD,
        "lead_fi": LEAD,
        "description": DESCRIPTION,
        "description_fi": DESCRIPTION,
        "audience": "Esihenkilöt ja työyhteisöjen jäsenet",
        "audience_fi": "Esihenkilöt ja työyhteisöjen jäsenet",
        "attendance": Event.Attendance.ONLINE,
        "places": PLACES,
        "published": True,
    }
    event, _created = Event.objects.update_or_create(slug=SLUG, defaults=values)
    event.forms.set(SupervisionForm.objects.filter(slug__in=FORMS))
    event.sessions.all().delete()
    today = timezone.now().astimezone(HELSINKI).date()
    for weeks in (5, 6):
        day = today + timedelta(weeks=weeks)
        start = datetime(day.year, day.month, day.day, 14, tzinfo=HELSINKI)
        Session.objects.create(event=event, start=start, end=start + timedelta(hours=1, minutes=30))
    event.dates_changed()
    return event
