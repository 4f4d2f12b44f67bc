"""Plain factory helpers: build content with sensible defaults, overridable per test."""

import importlib

from django.apps import apps

from services.models import KeyQuestion, Page, SupervisionForm

_seed_migration = importlib.import_module("services.migrations.0002_seed_content")


def load_seed_content():
    """Load the site's seeded content again (transactional tests empty the tables)."""
    _seed_migration.load_content(apps)


def make_form(**overrides):
    values = {
        "name": "Testiohjaus",
        "slug": "testiohjaus",
        "summary": "Lyhyt kuvaus testiohjauksesta.",
        "audience": "Testaajille.",
        "body": "Testiohjauksen leipäteksti.",
        "order": 99,
    }
    values.update(overrides)
    return SupervisionForm.objects.create(**values)


def make_page(**overrides):
    values = {
        "slug": "testisivu",
        "title": "Testisivu",
        "lead": "Testisivun ingressi.",
        "body": "Testisivun leipäteksti.",
        "meta_description": "Testisivun kuvaus hakukoneille.",
    }
    values.update(overrides)
    return Page.objects.create(**values)


def make_question(**overrides):
    values = {"theme": "Testiteema", "question": "Miten testaus onnistuu?", "order": 99}
    values.update(overrides)
    return KeyQuestion.objects.create(**values)
