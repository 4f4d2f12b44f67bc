"""
Every text a visitor reads has a Finnish, a Swedish and an English field (django-modeltranslation,
core/translations.py): staff edit the three one after the other in the admin, an empty translation
falls back to the Finnish text, revisions keep every language, and the admin lists what still
lacks a translation. The site itself is still shown in Finnish only.
"""

import re

import pytest
from django.utils import translation
from modeltranslation.translator import translator
from reversion.models import Version

from core import translations
from services.models import KeyQuestion

pytestmark = pytest.mark.django_db

SWEDISH_THEME = "Grunduppgiften"
SWEDISH_QUESTION = "Hur lyckas grunduppgiften och hur kan den utvecklas?"


@pytest.fixture
def untranslated_questions():
    """The key questions with their Finnish texts only, as before the seeded translations."""
    KeyQuestion.objects.update(theme_sv=None, question_sv=None, theme_en=None, question_en=None)


def change_url(item):
    return f"/hallinta/services/keyquestion/{item.pk}/change/"


def test_every_seeded_text_has_its_finnish_field():
    checked = 0
    for model in translator.get_registered_models():
        for name in translations.translated_fields(model):
            rows = model._base_manager.values_list(name, f"{name}_fi")
            for original, finnish in rows:
                assert finnish == original, (model.__name__, name)
                checked += 1
    assert checked > 100


def test_staff_edit_a_swedish_text_beside_the_finnish_one(
    editor_client, client, untranslated_questions
):
    item = KeyQuestion.objects.get(order=1)
    finnish = item.question
    client.get("/tyootteemme/")  # cached
    assert SWEDISH_QUESTION not in client.get("/sv/vart-arbetssatt/").content.decode()  # cached

    response = editor_client.post(
        change_url(item),
        {
            "theme_fi": item.theme,
            "theme_sv": SWEDISH_THEME,
            "question_fi": finnish,
            "question_sv": SWEDISH_QUESTION,
            "published": "on",
        },
    )

    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.question_fi, item.question_sv, item.question_en) == (
        finnish,
        SWEDISH_QUESTION,
        None,
    )
    with translation.override("sv"):
        assert (item.theme, item.question) == (SWEDISH_THEME, SWEDISH_QUESTION)
    with translation.override("en"):
        assert item.question == finnish  # no English yet: the Finnish text
    page = client.get("/tyootteemme/").content.decode()
    assert finnish in page
    assert SWEDISH_QUESTION not in page
    swedish = client.get("/sv/vart-arbetssatt/").content.decode()  # the next request
    assert SWEDISH_QUESTION in swedish
    assert finnish not in swedish


def test_a_revision_keeps_every_language(editor_client):
    item = KeyQuestion.objects.get(order=1)
    editor_client.post(
        change_url(item),
        {
            "theme_fi": item.theme,
            "question_fi": item.question,
            "question_sv": SWEDISH_QUESTION,
            "published": "on",
        },
    )

    saved = Version.objects.get_for_object(item).first().field_dict

    assert saved["question_sv"] == SWEDISH_QUESTION
    assert saved["question_fi"] == item.question


def test_the_change_form_has_each_text_in_every_language_named_in_finnish(editor_client):
    html = editor_client.get(change_url(KeyQuestion.objects.get(order=1))).content.decode()

    for language, name in (("fi", "suomi"), ("sv", "ruotsi"), ("en", "englanti")):
        assert f'name="question_{language}"' in html
        assert re.search(f'<label[^>]* for="id_question_{language}"', html)
        assert f"Kysymys ({name}):" in html
    assert 'name="question"' not in html


def test_an_error_of_the_model_on_a_translated_text_shows_at_its_finnish_field(editor_client):
    response = editor_client.post(
        "/hallinta/images/image/add/",
        {"title": "Kuva", "alt_text_fi": "", "decorative": ""},
    )

    assert response.status_code == 200
    assert response.context["adminform"].form.errors.get("alt_text_fi")


def list_of(response):
    return set(re.findall(r'href="/hallinta/services/keyquestion/(\d+)/change/', response))


def test_the_admin_lists_what_still_lacks_a_translation(editor_client, untranslated_questions):
    translated, untranslated = KeyQuestion.objects.order_by("order")[:2]
    KeyQuestion.objects.filter(pk=translated.pk).update(
        theme_sv=SWEDISH_THEME, question_sv=SWEDISH_QUESTION
    )

    swedish = editor_client.get("/hallinta/services/keyquestion/?kaannos=sv").content.decode()
    english = editor_client.get("/hallinta/services/keyquestion/?kaannos=en").content.decode()

    assert "Ruotsinkielinen teksti puuttuu" in swedish
    assert str(untranslated.pk) in list_of(swedish)
    assert str(translated.pk) not in list_of(swedish)
    assert {str(translated.pk), str(untranslated.pk)} <= list_of(english)


def test_a_text_only_half_translated_still_counts_as_missing(editor_client, untranslated_questions):
    item = KeyQuestion.objects.get(order=1)
    KeyQuestion.objects.filter(pk=item.pk).update(theme_sv=SWEDISH_THEME)

    swedish = editor_client.get("/hallinta/services/keyquestion/?kaannos=sv").content.decode()

    assert str(item.pk) in list_of(swedish)
