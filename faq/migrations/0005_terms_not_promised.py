"""
No seeded answer promises terms before they exist (services/terms_revision.py): the answer
on remote sessions no longer sends the reader to their terms "with the prices". Only an
answer that reads as faq 0004 left it is corrected.
"""

import importlib

from django.db import migrations

from services import terms_revision

voice_migration = importlib.import_module("faq.migrations.0004_one_voice")


def seeded_texts():
    """The questions' texts as faq 0004 left them, by (app label, model, field)."""
    return {
        key: terms_revision.after_voice_revision(texts)
        for key, texts in voice_migration.seeded_texts().items()
    }


def revise_texts(apps, schema_editor=None):
    terms_revision.revise(apps, seeded_texts())


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0004_one_voice"),
        ("services", "0013_terms_not_promised"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
