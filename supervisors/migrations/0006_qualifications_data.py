"""
Move the qualifications into their new places, losing nothing:

- the sectors written as free text become rows of the one shared list (Sector), each sector
  once however it was capitalised or spaced ("järjestöt " and "Järjestöt" are one), and each
  supervisor is linked to theirs; a starting list of common sectors is added for staff to
  choose from (a sector shows publicly only once a published supervisor has it);
- a credential whose title or issuer speaks of supervision ("työnohjaaja…", "työnohjauksen…")
  becomes a supervisor training, every other one other professional background (staff can
  change the kind); a scope written in the title ("Työnohjaajakoulutus 60 op") is copied to
  the new scope field, the title kept as it was.

Content editors may edit the sectors as they edit the supervisors.
"""

import re

from django.db import migrations
from django.utils.text import slugify

from core.roles import CONTENT_EDITORS, grant

STARTING_SECTORS = [
    "Järjestöt",
    "Kunta-ala",
    "Opetusala",
    "Seurakunnat",
    "Sosiaaliala",
    "Terveydenhuolto",
    "Varhaiskasvatus",
    "Yritykset",
]
SUPERVISOR_TRAINING = re.compile(r"ty[oö]nohja(aj|uk|us)", re.IGNORECASE)
CREDITS = re.compile(r"\b(\d{1,3})\s*(?:op|opintopistettä)\b", re.IGNORECASE)
OTHER_SECTOR = "muu"


def _names(text):
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _sector_finder(apps):
    """A function giving the Sector row of a name, made the first time it is asked for."""
    Sector = apps.get_model("supervisors", "Sector")
    sectors = {sector.slug: sector for sector in Sector.objects.all()}

    def sector(name):
        key = slugify(name)
        if key == OTHER_SECTOR:  # "Muu" is offered by the forms themselves
            key = "muu-toimiala"
        if key and key not in sectors:
            sectors[key] = Sector.objects.create(
                name=name[:1].upper() + name[1:], slug=key, order=len(sectors)
            )
        return sectors.get(key)

    return sector


def add_starting_sectors(apps, schema_editor=None):
    """The starting list of common sectors (also replayed by the tests' reseeding)."""
    sector = _sector_finder(apps)
    for name in STARTING_SECTORS:
        sector(name)


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "supervisors", models=["sector"])


def move_forward(apps, schema_editor=None):
    Supervisor = apps.get_model("supervisors", "Supervisor")
    Credential = apps.get_model("supervisors", "Credential")

    add_starting_sectors(apps)
    sector = _sector_finder(apps)
    for supervisor in Supervisor.objects.exclude(sectors_text=""):
        linked = [sector(name) for name in _names(supervisor.sectors_text)]
        supervisor.sectors.add(*[found for found in linked if found is not None])

    for credential in Credential.objects.all():
        if SUPERVISOR_TRAINING.search(f"{credential.title} {credential.issuer}"):
            credential.kind = "supervisor_training"
        else:
            credential.kind = "background"
        found = CREDITS.search(credential.title)
        if credential.credits is None and found and 0 < int(found[1]) <= 400:
            credential.credits = int(found[1])
        credential.save(update_fields=["kind", "credits"])

    grant_permissions(apps)


def move_back(apps, schema_editor):
    Supervisor = apps.get_model("supervisors", "Supervisor")
    for supervisor in Supervisor.objects.prefetch_related("sectors"):
        supervisor.sectors_text = ", ".join(sector.name for sector in supervisor.sectors.all())
        supervisor.save(update_fields=["sectors_text"])


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0005_qualifications"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(move_forward, move_back)]
