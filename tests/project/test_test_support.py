"""The suite's own helpers stay true to what the migrations build."""

import inspect
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from modeltranslation.translator import translator

from core import translations
from tests.support import factories
from tests.support.live_gunicorn import LiveGunicorn

ROOT = Path(__file__).resolve().parents[2]


def test_reseeding_replays_every_migration_that_grants_a_role():
    """
    Transactional tests and the browser tests' live server empty the tables and seed them again
    with load_seed_content(); a role migration it leaves out gives staff fewer rights there
    than in production (the booking handlers once had no booking rights in the browser tests).
    """
    granting = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in ROOT.glob("*/migrations/0*.py")
        if "core.roles import" in path.read_text(encoding="utf-8")
    }
    replayed = inspect.getsource(factories)

    assert len(granting) >= 10
    assert not {name for name in granting if f'"{name}"' not in replayed}


@pytest.mark.django_db(transaction=True)
def test_reseeding_gives_every_text_in_every_language_as_migrate_does(tmp_path):
    """
    The browser tests run on reseeded content: every page, question, menu entry and text there
    must read as after migrate, in Finnish, Swedish and English (the privacy statement once
    lacked the sections that later migrations add, and with them its translations). The
    migrated texts are read from a database just migrated, as the test's own may have been
    emptied by a transactional test before it.
    """
    migrated = LiveGunicorn(tmp_path)
    migrated.make_database()
    try:
        expected = seeded_texts(migrated.rows)
    finally:
        migrated.stop()
    call_command("flush", verbosity=0, interactive=False)
    factories.load_seed_content()

    assert seeded_texts(rows_here) == expected
    assert len(expected) >= 10


def rows_here(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def seeded_texts(rows):
    """{table: its translated texts in every language, sorted}, read with ``rows(sql)``."""
    texts = {}
    for model in translator.get_registered_models():
        if model._meta.proxy:
            continue
        columns = ", ".join(
            f'"{name}_{language}"'
            for name in translations.translated_fields(model)
            for language in translations.LANGUAGES
        )
        found = rows(f'SELECT {columns} FROM "{model._meta.db_table}"')
        texts[model._meta.db_table] = sorted((tuple(row) for row in found), key=repr)
    return texts
