"""Revise the questions' seeded texts (services/revised_seed.py) where they equal the seed.

Until the apps were layered, services 0010 revised these rows too; on a database migrated
before, every one of them is revised already and this finds nothing left to do.
"""

from django.db import migrations

from faq import seed
from services import revised_seed as revised


def seeded_texts():
    return {
        ("faq", "Question", "question"): {q["question"] for q in seed.QUESTIONS},
        ("faq", "Question", "answer"): {q["answer"] for q in seed.QUESTIONS},
    }


def revise_texts(apps, schema_editor=None):
    revised.revise(apps, seeded_texts())


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0002_seed_questions"),
        ("services", "0010_revise_seeded_texts"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
