"""
One voice and plain Finnish in the map's seeded texts (services/voice_revision.py): its page
addresses the reader with "te", as every public page does.

Only a text equal to what community_map 0002 seeded and 0005 revised is corrected; a text
staff have edited is left as it is.
"""

import importlib

from django.db import migrations

from services import voice_revision as voice

second_revision = importlib.import_module("community_map.migrations.0005_revise_seeded_texts")


def seeded_texts():
    """The map's texts as community_map 0005 left them, by (app label, model, field)."""
    return {
        key: voice.after_second_revision(first)
        for key, first in second_revision.seeded_texts().items()
    }


def revise_texts(apps, schema_editor=None):
    voice.revise(apps, seeded_texts())


class Migration(migrations.Migration):
    dependencies = [
        ("community_map", "0009_privacy_statement_answer_codes"),
        ("services", "0011_one_voice"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
