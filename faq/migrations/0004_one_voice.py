"""
One voice and plain Finnish in the questions' seeded texts (services/voice_revision.py).

Only a text equal to what faq 0002 seeded and 0003 revised is corrected; a question or an
answer staff have edited is left as it is.
"""

import importlib

from django.db import migrations

from services import voice_revision as voice

second_revision = importlib.import_module("faq.migrations.0003_revise_seeded_texts")


def seeded_texts():
    """The questions' texts as faq 0003 left them, by (app label, model, field)."""
    return {
        key: voice.after_second_revision(first)
        for key, first in second_revision.seeded_texts().items()
    }


def revise_texts(apps, schema_editor=None):
    voice.revise(apps, seeded_texts())


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0003_revise_seeded_texts"),
        ("services", "0011_one_voice"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
