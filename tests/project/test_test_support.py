"""The suite's own helpers stay true to what the migrations build."""

import inspect
from pathlib import Path

import pytest
from django.core.management import call_command
from modeltranslation.translator import translator

from core import translations
from tests.support import factories

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
def test_reseeding_gives_every_text_in_every_language_as_migrate_does():
    """
    The browser tests run on reseeded content: every page, question, menu entry and text there
    must read as after migrate, in Finnish, Swedish and English (the privacy statement once
    lacked the sections that later migrations add, and with them its translations).
    """
    migrated = seeded_texts()
    call_command("flush", verbosity=0, interactive=False)
    factories.load_seed_content()

    assert seeded_texts() == migrated


def seeded_texts():
    texts = {}
    for model in translator.get_registered_models():
        if model._meta.proxy:
            continue
        names = [
            f"{name}_{language}"
            for name in translations.translated_fields(model)
            for language in translations.LANGUAGES
        ]
        for row in model._base_manager.values_list(*names):
            texts.setdefault(model._meta.label, []).append(row)
    return {label: sorted(rows, key=repr) for label, rows in texts.items()}
