"""Frequently asked questions at /usein-kysyttya/, with FAQPage JSON-LD, and on form pages."""

import json
import re

import pytest
from django.core.cache import cache
from django.test import Client

from faq.models import Category, Question
from services.models import SupervisionForm
from tests.support.factories import make_content_editor
from tests.support.html import PageOutline

pytestmark = pytest.mark.django_db

JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld_items(html):
    return [json.loads(block) for block in JSON_LD.findall(html)]


def test_the_seeded_questions_are_shown_by_category(client):
    html = client.get("/usein-kysyttya/").content.decode()

    positions = [html.index(category.name) for category in Category.objects.all()]
    assert positions == sorted(positions)
    for question in Question.objects.all():
        assert question.question in html
    assert Question.objects.count() >= 10


def test_answers_link_to_the_pages_that_hold_the_consultancys_own_decisions(client):
    html = client.get("/usein-kysyttya/").content.decode()

    for path in ("/hinnat/", "/tyonohjaajat/", "/nain-aloitamme/", "/luottamuksellisuus/"):
        assert f'href="{path}' in html


def test_the_page_describes_itself_as_an_faq_page(client):
    items = json_ld_items(client.get("/usein-kysyttya/").content.decode())

    [faq] = [item for item in items if item["@type"] == "FAQPage"]
    published = list(Question.objects.published())
    assert [entry["name"] for entry in faq["mainEntity"]] == [q.question for q in published]
    first = faq["mainEntity"][0]
    assert first["@type"] == "Question"
    assert first["acceptedAnswer"]["@type"] == "Answer"
    assert first["acceptedAnswer"]["text"].startswith("Työnohjauksen aiheena on aina työ")
    assert "<" not in first["acceptedAnswer"]["text"]
    assert any(item["@type"] == "BreadcrumbList" for item in items)


def test_an_unpublished_question_is_hidden_everywhere(client):
    question = Question.objects.get(question="Onko työnohjaus luottamuksellista?")
    question.published = False
    question.save()

    assert question.question not in client.get("/usein-kysyttya/").content.decode()
    assert question.question not in client.get("/palvelut/ryhmatyonohjaus/").content.decode()


def test_a_form_page_shows_its_related_questions_only(client):
    html = client.get("/palvelut/yhteisotyonohjaus/").content.decode()

    assert "Usein kysyttyä" in html
    assert "Kuinka suuri ryhmä voi osallistua työnohjaukseen?" in html
    assert "Voiko yksityishenkilö ostaa työnohjausta?" not in html
    question = Question.objects.get(question="Kuinka suuri ryhmä voi osallistua työnohjaukseen?")
    assert f'href="/usein-kysyttya/#kysymys-{question.pk}"' in html


def test_the_page_has_one_h1_and_its_own_title(client):
    outline = PageOutline(client.get("/usein-kysyttya/").content.decode())

    assert outline.h1_count == 1
    assert outline.title.startswith("Usein kysyttyä")


def test_the_page_needs_at_most_five_queries_cold_and_one_warm(
    client, django_assert_max_num_queries
):
    cache.clear()
    # Three for the page, one for the main menu, one for the call to action (does any
    # supervisor have a free time to book?); the last two are cached when warm.
    with django_assert_max_num_queries(5):
        client.get("/usein-kysyttya/")
    with django_assert_max_num_queries(1):
        client.get("/usein-kysyttya/")


def test_an_admin_edit_shows_on_the_next_request(client):
    client.get("/usein-kysyttya/")
    client.get("/palvelut/yksilotyonohjaus/")
    editor = Client()
    editor.force_login(make_content_editor())
    question = Question.objects.get(question="Kuinka kauan työnohjaus kestää?")

    response = editor.post(
        f"/hallinta/faq/question/{question.pk}/change/",
        {
            "category": str(question.category.pk),
            "question_fi": "Kuinka pitkään työnohjaus kestää?",
            "answer_fi": question.answer,
            "forms": [str(SupervisionForm.objects.get(slug="yksilotyonohjaus").pk)],
            "published": "on",
        },
    )

    assert response.status_code == 302
    assert "Kuinka pitkään työnohjaus kestää?" in client.get("/usein-kysyttya/").content.decode()
    html = client.get("/palvelut/yksilotyonohjaus/").content.decode()
    assert "Kuinka pitkään työnohjaus kestää?" in html


def test_content_editors_may_edit_questions_and_categories():
    editor = make_content_editor()

    for codename in ("change_question", "add_question", "change_category"):
        assert editor.has_perm(f"faq.{codename}")
