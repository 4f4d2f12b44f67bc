"""
The admin's front page tells staff who edit content which texts still lack their Swedish or
English translation, each kind linking to the list filtered to exactly those items.
"""

import re

import pytest
from django.contrib.auth.models import User
from django.db.models import F, Q
from django.test.client import RequestFactory

from core import translations
from services.models import KeyQuestion, Page
from tests.support.factories import enquiry_handler, log_in_verified
from website import dashboard

pytestmark = pytest.mark.django_db

WIDGET = "website.dashboard.missing_translations"


def widget_html(html):
    assert f'data-widget="{WIDGET}"' in html
    return html.split(f'data-widget="{WIDGET}"')[1].split("data-widget=")[0]


def listed_ids(html, changelist):
    return set(re.findall(rf'href="{re.escape(changelist)}(\d+)/change/', html))


def test_a_text_without_its_swedish_translation_is_counted_and_linked(editor_client):
    question = KeyQuestion.objects.order_by("order").first()
    KeyQuestion.objects.filter(pk=question.pk).update(question_sv="", theme_sv=None)

    widget = widget_html(editor_client.get("/hallinta/").content.decode())

    assert "Kääntämättömät tekstit" in widget
    link = "/hallinta/services/keyquestion/?kaannos=sv"
    assert f'Avainkysymykset: <a href="{link}">ruotsi 1</a></li>' in widget
    listed = editor_client.get(link).content.decode()
    assert listed_ids(listed, "/hallinta/services/keyquestion/") == {str(question.pk)}


def test_every_count_is_what_its_filtered_list_shows(editor_client):
    KeyQuestion.objects.update(theme_en=None, question_en=None)
    Page.objects.filter(slug="tietosuoja").update(body_sv="")

    widget = widget_html(editor_client.get("/hallinta/").content.decode())
    entries = re.findall(r'<a href="([^"]+\?kaannos=(?:sv|en))">(?:ruotsi|englanti) (\d+)<', widget)

    assert len(entries) >= 2
    for link, count in entries:
        changelist = link.split("?")[0]
        listed = listed_ids(editor_client.get(link).content.decode(), changelist)
        assert len(listed) == int(count), link
    total = re.search(r'dashboard-widget__count">(\d+)<', widget)
    assert int(total.group(1)) == sum(int(count) for _link, count in entries)


def translate_everything():
    """Give every Finnish text a Swedish and an English one (whatever tests before left)."""
    for model in translations.reviewable_models():
        for name in translations.translated_fields(model):
            for language in translations.OTHER_LANGUAGES:
                empty = Q(**{f"{name}_{language}__isnull": True}) | Q(**{f"{name}_{language}": ""})
                model._base_manager.filter(empty, **{f"{name}_fi__gt": ""}).update(
                    **{f"{name}_{language}": F(f"{name}_fi")}
                )


def test_with_every_text_translated_the_widget_says_so(editor_client):
    translate_everything()

    widget = widget_html(editor_client.get("/hallinta/").content.decode())

    assert "kaannos=" not in widget
    assert "Jokaisella suomenkielisellä tekstillä on ruotsin- ja englanninkielinen käännös." in (
        widget
    )


def test_staff_who_edit_no_content_do_not_see_it(client):
    client.force_login(enquiry_handler())

    assert f'data-widget="{WIDGET}"' not in client.get("/hallinta/").content.decode()


def test_it_costs_the_front_page_one_query(client, django_assert_num_queries):
    superuser = User.objects.create_superuser("paa", "p@example.com", "x" * 12)
    log_in_verified(client, superuser)
    client.get("/hallinta/")
    translate_everything()
    KeyQuestion.objects.update(question_en="")

    request = RequestFactory().get("/hallinta/")
    request.user = superuser
    with django_assert_num_queries(1):
        context = dashboard.missing_translations(request)
    assert context["count"] == KeyQuestion.objects.count()
