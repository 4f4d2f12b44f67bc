"""
History staff can use: a saved version beside the current one, a restore recorded as a
restore, and a first version of the seeded text to go back to.
"""

import re

import pytest
from django.contrib.admin.models import LogEntry
from django.test import Client
from reversion.models import Version

from landing.models import HomePage
from services.models import Page
from tests.support.admin_forms import in_finnish_fields
from tests.support.admin_urls import VisibleText
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_content_editor())
    return client


def edit_page(client, page, **changes):
    data = {
        "title": page.title,
        "lead": page.lead,
        "body": page.body,
        "layout": page.layout,
        "meta_description": page.meta_description,
        "published": "on" if page.published else "",
        "show_call_to_action": "on" if page.show_call_to_action else "",
        **changes,
    }
    return client.post(
        f"/hallinta/services/page/{page.pk}/change/", in_finnish_fields(Page, data, page)
    )


def test_the_seeded_home_page_has_a_first_version_to_restore():
    home = HomePage.objects.get()
    front_text = Page.objects.get(slug="etusivu")

    assert Version.objects.get_for_object(home).exists()
    assert Version.objects.get_for_object(front_text).exists()


def test_a_version_is_compared_with_the_current_one_field_by_field(editor):
    page = Page.objects.get(slug="etusivu")
    first = Version.objects.get_for_object(page).last()
    edit_page(editor, page, title="Uusi otsikko", body="Uusi teksti.")

    history = editor.get(f"/hallinta/services/page/{page.pk}/history/").content.decode()
    compare_url = f"/hallinta/services/page/{page.pk}/history/{first.pk}/vertaa/"
    response = editor.get(compare_url)
    html = response.content.decode()
    text = VisibleText(html).text

    assert f'href="{compare_url}"' in history
    assert response.status_code == 200
    changed = re.search(r'<table class="version-compare__table">(.*?)</table>', html, re.S)
    rows = re.findall(r'<tr class="version-compare__changed">(.*?)</tr>', changed.group(1), re.S)
    names = [VisibleText(row).text.split("\n")[0] for row in rows]
    assert names == ["Otsikko (suomi)", "Leipäteksti (suomi)"]
    assert "Mitä työnohjaus on?" in rows[0]
    assert "Uusi otsikko" in rows[0]
    assert "2 kenttää eroaa nykyisestä versiosta" in text
    assert "Palauta tämä versio" in text


def test_a_restore_is_logged_as_a_restore(editor):
    page = Page.objects.get(slug="etusivu")
    first = Version.objects.get_for_object(page).last()
    original_title = page.title
    edit_page(editor, page, title="Uusi otsikko")

    response = editor.post(
        f"/hallinta/services/page/{page.pk}/history/{first.pk}/",
        in_finnish_fields(
            Page,
            {
                "title": original_title,
                "lead": page.lead,
                "body": page.body,
                "layout": page.layout,
                "meta_description": page.meta_description,
                "published": "on",
                "show_call_to_action": "on" if page.show_call_to_action else "",
            },
        ),
    )

    assert response.status_code == 302
    page.refresh_from_db()
    assert page.title == original_title
    entry = LogEntry.objects.filter(object_id=str(page.pk)).latest("action_time")
    assert entry.get_change_message().startswith("Palautettu versio, joka tallennettiin ")
    history = VisibleText(
        editor.get(f"/hallinta/services/page/{page.pk}/history/").content.decode()
    ).text
    assert "Palautettu aiempaan versioon" in history


def test_comparing_needs_the_right_to_view_the_item():
    from tests.support.factories import enquiry_handler

    page = Page.objects.get(slug="etusivu")
    first = Version.objects.get_for_object(page).last()
    handler = Client()
    handler.force_login(enquiry_handler())

    response = handler.get(f"/hallinta/services/page/{page.pk}/history/{first.pk}/vertaa/")

    assert response.status_code == 403
