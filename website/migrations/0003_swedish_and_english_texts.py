"""
The consultancy's own texts, as seeded, in Swedish and English: translations of what the
Finnish says, nothing more (website/seed_translations/sv.json, en.json), shown as "käännös
tarkistamatta" in the admin until a staff member reads and ticks them (core.translations).

Each translation goes only where the Finnish text is still exactly the one translated and the
language's field is empty, so a text staff have edited or translated themselves stays theirs. The translations carry no
whitespace around them, as the admin's form keeps a text.
"""

import json
from pathlib import Path

from django.db import migrations
from django.db.models import Q

TRANSLATIONS = Path(__file__).resolve().parent.parent / "seed_translations"
LANGUAGES = ("sv", "en")


def _entries(language):
    return json.loads((TRANSLATIONS / f"{language}.json").read_text(encoding="utf-8"))


def _model(apps, label):
    app_label, model_name = label.split(".")
    return apps.get_model(app_label, model_name)


def add_translations(apps, schema_editor):
    for language in LANGUAGES:
        for entry in _entries(language):
            field = f"{entry['field']}_{language}"
            empty = Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
            _model(apps, entry["model"]).objects.filter(
                empty, **{f"{entry['field']}_fi": entry["fi"]}
            ).update(**{field: entry[language]})


def remove_translations(apps, schema_editor):
    for language in LANGUAGES:
        for entry in _entries(language):
            field = f"{entry['field']}_{language}"
            _model(apps, entry["model"]).objects.filter(**{field: entry[language]}).update(
                **{field: None}
            )


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0002_finnish_texts_in_their_own_fields"),
        ("pricing", "0006_exempt_needs_a_finnish_note"),
        # A Swedish menu label is longer than the Finnish one it translates.
        ("navigation", "0005_longer_labels"),
    ]

    operations = [migrations.RunPython(add_translations, remove_translations)]
