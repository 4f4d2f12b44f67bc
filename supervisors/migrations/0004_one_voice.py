"""
One voice in the supervisors' page as seeded (services/voice_revision.py): "Tutustukaa",
"Valitkaa teille sopiva", as every public page addresses its reader.

Only a text still equal to what supervisors 0003 seeded is corrected.
"""

import importlib

from django.db import migrations

from services import voice_revision as voice

list_page = importlib.import_module("supervisors.migrations.0003_list_page")


def seeded_texts():
    return {
        ("services", "Page", field): {list_page.LIST_PAGE[field]}
        for field in ("title", "lead", "meta_description")
    }


def revise_texts(apps, schema_editor=None):
    voice.revise(apps, seeded_texts())


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0003_list_page"),
        ("services", "0011_one_voice"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
