"""Revise the map's seeded texts (services/revised_seed.py) where they still equal the seed.

Until the apps were layered, services 0010 revised these rows too; on a database migrated
before, every one of them is revised already and this finds nothing left to do.
"""

from django.db import migrations

from community_map import seed
from services import revised_seed as revised


def seeded_texts():
    """The first seed's texts of the map and its page, by (app label, model, field)."""
    dimensions = seed.DIMENSIONS
    return {
        **{
            ("services", "Page", field): {seed.INTRO_PAGE[field]}
            for field in ("title", "lead", "meta_description", "body")
        },
        ("community_map", "Dimension", "description"): {d["description"] for d in dimensions},
        ("community_map", "Statement", "text"): {
            statement["text"] for d in dimensions for statement in d["statements"]
        },
        ("community_map", "Reflection", "text"): {
            text for d in dimensions for text in d["reflections"].values()
        },
        ("community_map", "RecommendationRule", "reason"): {rule["reason"] for rule in seed.RULES},
    }


def revise_texts(apps, schema_editor=None):
    revised.revise(apps, seeded_texts())


class Migration(migrations.Migration):
    dependencies = [
        ("community_map", "0004_privacy_statement_team_map"),
        ("services", "0010_revise_seeded_texts"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
