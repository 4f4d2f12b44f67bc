"""
Staff tick a Swedish or English translation reviewed in the admin once they have read it against
the Finnish (core/translations.py, core/admin_translations.py): the tick holds while the texts
are as they were, the list filter "Käännös" finds what is still unreviewed, and
`check --deploy` names it.
"""

import re

import pytest

from core import translations
from core.checks import translation_review_check
from landing.models import HomePage
from services.models import KeyQuestion

pytestmark = pytest.mark.django_db


def change_url(item):
    return f"/hallinta/services/keyquestion/{item.pk}/change/"


def form_data(item, **changes):
    return {
        "theme_fi": item.theme_fi,
        "theme_sv": item.theme_sv or "",
        "theme_en": item.theme_en or "",
        "question_fi": item.question_fi,
        "question_sv": item.question_sv or "",
        "question_en": item.question_en or "",
        "published": "on",
        **changes,
    }


@pytest.fixture
def question():
    item = KeyQuestion.objects.get(order=1)
    item.theme_sv, item.question_sv = "Grunduppgiften", "Hur lyckas grunduppgiften?"
    item.save()
    return item


def unreviewed_swedish_questions():
    return [item.pk for item in translations.unreviewed(KeyQuestion, "sv")]


def test_a_ticked_translation_is_reviewed_until_a_text_changes(editor_client, question):
    assert question.pk in unreviewed_swedish_questions()
    page = editor_client.get(change_url(question)).content.decode()
    assert "Ruotsinkielinen käännös tarkistettu" in page
    assert 'name="translation_reviewed_sv"' in page

    response = editor_client.post(
        change_url(question), form_data(question, translation_reviewed_sv="on")
    )

    assert response.status_code == 302
    assert translations.is_reviewed(question, "sv")
    assert question.pk not in unreviewed_swedish_questions()
    page = editor_client.get(change_url(question)).content.decode()
    assert re.search(r'<input[^>]*name="translation_reviewed_sv"[^>]* checked>', page)

    question.question_fi = "Miten perustehtävä onnistuu nyt?"
    question.save()

    assert not translations.is_reviewed(question, "sv")
    assert question.pk in unreviewed_swedish_questions()


def test_saving_without_the_tick_takes_the_review_away(editor_client, question):
    translations.mark_reviewed(question, "sv")

    editor_client.post(change_url(question), form_data(question))

    assert not translations.is_reviewed(question, "sv")


def test_a_text_changed_with_the_tick_left_as_it_was_is_unreviewed(editor_client, question):
    translations.mark_reviewed(question, "sv")

    editor_client.post(
        change_url(question),
        form_data(question, question_sv="En ny fråga?", translation_reviewed_sv="on"),
    )

    question.refresh_from_db()
    assert question.question_sv == "En ny fråga?"
    assert not translations.is_reviewed(question, "sv")


def test_the_list_filter_finds_the_unreviewed_translations(editor_client, question):
    other = KeyQuestion.objects.get(order=2)
    third = KeyQuestion.objects.get(order=3)  # its seeded translation, not reviewed yet
    other.question_sv = "En annan fråga?"
    other.save()
    translations.mark_reviewed(other, "sv")

    page = editor_client.get("/hallinta/services/keyquestion/?kaannos=tarkistamatta-sv")

    listed = page.content.decode()
    assert "Ruotsinkielinen käännös tarkistamatta" in listed
    assert change_url(question) in listed
    assert change_url(third) in listed
    assert change_url(other) not in listed


def test_a_part_edited_within_its_item_is_reviewed_with_it():
    home = HomePage.objects.get()
    home.headline_en = "Work supervision"
    home.save()
    translations.mark_reviewed(home, "en")
    assert translations.is_reviewed(home, "en")

    step = home.steps.first()
    step.text_en = "We talk first."
    step.save()

    assert not translations.is_reviewed(home, "en")


def swedish_question_warnings():
    return [
        warning.msg
        for warning in translation_review_check(None)
        if "services.KeyQuestion" in warning.msg and "(sv)" in warning.msg
    ]


def test_check_deploy_names_the_unreviewed_translations(question):
    count = KeyQuestion.objects.count()  # each with its seeded Swedish translation
    [warning] = swedish_question_warnings()
    assert warning.startswith(f"{count} services.KeyQuestion with a translation (sv) not")
    assert str(question) in warning

    translations.mark_reviewed(question, "sv")

    [warning] = swedish_question_warnings()
    assert warning.startswith(f"{count - 1} services.KeyQuestion")
    assert str(question) not in warning

    for item in KeyQuestion.objects.all():
        translations.mark_reviewed(item, "sv")

    assert swedish_question_warnings() == []


def test_an_item_without_a_translation_needs_no_review():
    KeyQuestion.objects.filter(order=3).update(theme_sv=None, question_sv=None)
    item = KeyQuestion.objects.get(order=3)
    assert not translations.has_translation(item, "sv")
    assert item.pk not in unreviewed_swedish_questions()
