"""
No seeded page promises terms before they exist (services/terms_revision.py): the prices
page's description and *Näin aloitamme* are corrected while they read as services 0011 left
them; a text staff have edited is left as it is.
"""

import importlib

from django.db import migrations

from services import terms_revision

voice_migration = importlib.import_module("services.migrations.0011_one_voice")


def seeded_texts():
    """This app's texts as services 0011 left them, by (app label, model, field)."""
    return {
        key: terms_revision.after_voice_revision(texts)
        for key, texts in voice_migration.seeded_texts().items()
    }


def revise_texts(apps, schema_editor=None):
    terms_revision.revise(apps, seeded_texts())


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0012_site_details_vat_and_trading_name"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
