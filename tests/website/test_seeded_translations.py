"""
The consultancy's seeded texts come in Swedish and English too (website/migrations/0003, from
website/seed_translations/): each one a translation of its Finnish text with the same Markdown
headings and the same links, and none written over a text staff have changed or translated.
"""

import importlib
import re

import pytest
from django.apps import apps
from modeltranslation.translator import translator

from core import translations
from services.models import Page

pytestmark = pytest.mark.django_db

migration = importlib.import_module("website.migrations.0003_swedish_and_english_texts")

HEADING = re.compile(r"^#+ ", re.MULTILINE)
LINK_TARGET = re.compile(r"\]\(([^)]*)\)")


def seeded_texts():
    for model in translator.get_registered_models():
        for item in model._base_manager.all():
            for name in translations.translated_fields(model):
                if getattr(item, f"{name}_fi"):
                    yield item, name


def test_every_seeded_text_has_a_swedish_and_an_english_translation():
    texts = list(seeded_texts())

    assert len(texts) > 200
    untranslated = [
        (type(item).__name__, item.pk, name, language)
        for item, name in texts
        for language in translations.OTHER_LANGUAGES
        if not getattr(item, f"{name}_{language}")
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", translations.OTHER_LANGUAGES)
def test_a_translation_keeps_the_headings_and_the_links_of_the_finnish(language):
    for item, name in seeded_texts():
        finnish, translated = getattr(item, f"{name}_fi"), getattr(item, f"{name}_{language}")
        where = (type(item).__name__, item.pk, name)
        assert len(HEADING.findall(translated)) == len(HEADING.findall(finnish)), where
        assert LINK_TARGET.findall(translated) == LINK_TARGET.findall(finnish), where


@pytest.mark.parametrize("language", translations.OTHER_LANGUAGES)
def test_every_translation_fits_its_field(language):
    # SQLite keeps a text longer than its column; PostgreSQL refuses it, the migration with it.
    for entry in migration._entries(language):
        field = apps.get_model(entry["model"])._meta.get_field(f"{entry['field']}_{language}")
        if field.max_length:
            assert len(entry[language]) <= field.max_length, entry


def test_a_text_staff_changed_or_translated_is_left_as_it_is():
    edited, translated, untouched = Page.objects.order_by("pk")[:3]
    Page.objects.filter(pk=edited.pk).update(body_fi="Oma teksti.", body_sv=None)
    Page.objects.filter(pk=translated.pk).update(body_sv="Vår egen text.")
    Page.objects.filter(pk=untouched.pk).update(body_sv=None)

    migration.add_translations(apps, None)

    edited.refresh_from_db()
    translated.refresh_from_db()
    untouched.refresh_from_db()
    assert edited.body_sv is None
    assert translated.body_sv == "Vår egen text."
    assert untouched.body_sv


def test_the_seeded_translations_wait_for_a_review():
    page = Page.objects.get(slug=Page.START_SLUG)

    assert page.title_sv
    assert not translations.is_reviewed(page, "sv")
    assert page in translations.unreviewed(Page, "sv")
