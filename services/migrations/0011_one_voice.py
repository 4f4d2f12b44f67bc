"""
One voice and plain Finnish in this app's seeded texts (services/voice_revision.py): the
pages, forms and site details still as seeded are corrected, the privacy statement line by
line; and the supervision of a whole work community gets a format of its own ("Työyhteisö"
rather than "Ryhmä" on its card).

A text staff have edited is left as it is: only a text equal to what services 0002 seeded
and 0010 revised is corrected. Depends on the migrations of booking and the map that wrote
their sections into the privacy statement, so that it revises them too.
"""

import importlib

from django.db import migrations, models

from services import voice_revision as voice

second_revision = importlib.import_module("services.migrations.0010_revise_seeded_texts")

COMMUNITY_SLUG = "yhteisotyonohjaus"


def seeded_texts():
    """This app's texts as services 0010 left them, by (app label, model, field)."""
    texts = {
        key: voice.after_second_revision(first)
        for key, first in second_revision.seeded_texts().items()
    }
    texts[("services", "SiteDetails", "crisis_note")] = {second_revision.CRISIS_NOTE}
    return texts


def revise_texts(apps, schema_editor=None):
    voice.revise(apps, seeded_texts())
    voice.revise_privacy_statement(apps)
    SupervisionForm = apps.get_model("services", "SupervisionForm")
    SupervisionForm.objects.filter(slug=COMMUNITY_SLUG, format="group").update(format="community")


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0010_revise_seeded_texts"),
        ("booking", "0002_privacy_statement_booking"),
        ("community_map", "0009_privacy_statement_answer_codes"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AlterField(
            model_name="supervisionform",
            name="format",
            field=models.CharField(
                choices=[
                    ("individual", "One person"),
                    ("group", "A group"),
                    ("community", "A whole work community"),
                    ("either", "One person or a group"),
                ],
                default="individual",
                max_length=20,
                verbose_name="format",
            ),
        ),
        migrations.RunPython(revise_texts, migrations.RunPython.noop),
    ]
