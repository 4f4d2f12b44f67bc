"""Plain factory helpers: build content with sensible defaults, overridable per test."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group, User

from services.models import KeyQuestion, Page, SupervisionForm

_seed_migration = importlib.import_module("services.migrations.0002_seed_content")
_roles_migration = importlib.import_module("services.migrations.0003_staff_roles")
CONTENT_EDITORS = _roles_migration.CONTENT_EDITORS


def load_seed_content():
    """Load the seeded content and roles again (transactional tests empty the tables)."""
    _seed_migration.load_content(apps)
    _roles_migration.create_roles(apps)


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


def make_content_editor(username="toimittaja", password="salasana-testi-123"):
    """Return a staff member with the content editor role (and the password set)."""
    user = User.objects.create_user(username=username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=CONTENT_EDITORS))
    return user
