"""A session cookie alone does not skip the page cache: only a logged-in staff member's does."""

import pytest
from django.conf import settings
from django.contrib.sessions.backends.cached_db import SessionStore
from django.test import Client

from services.models import Page
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db


def change_without_invalidating(lead):
    Page.objects.filter(slug="vaikuttavuus").update(lead=lead)  # no signal: the cache stays


def client_with_session_cookie(value):
    client = Client()
    client.cookies[settings.SESSION_COOKIE_NAME] = value
    return client


@pytest.mark.parametrize(
    ("cookie", "max_queries"),
    [
        ("x", 0),  # too short to be a session key: never looked up
        ("a" * 32, 1),  # shaped like a key: one look-up finds no such session
    ],
)
def test_a_bogus_session_cookie_gets_the_cached_page(
    client, cookie, max_queries, django_assert_max_num_queries
):
    cached = client.get("/vaikuttavuus/").content
    change_without_invalidating("Ei pitäisi näkyä välimuistin ohi.")

    with django_assert_max_num_queries(max_queries):
        response = client_with_session_cookie(cookie).get("/vaikuttavuus/")

    assert response.status_code == 200
    assert response.content == cached


def test_a_logged_in_staff_member_gets_fresh_pages(client):
    client.get("/vaikuttavuus/")
    change_without_invalidating("Uusi ingressi, vielä välimuistin ulkopuolella.")
    staff = Client()
    staff.force_login(make_content_editor())

    assert "Uusi ingressi, vielä välimuistin ulkopuolella." in staff.get("/vaikuttavuus/").text


def test_a_staff_session_is_found_without_a_database_query(django_assert_max_num_queries):
    staff = Client()
    staff.force_login(make_content_editor())
    session_key = staff.cookies[settings.SESSION_COOKIE_NAME].value

    with django_assert_max_num_queries(0):
        assert SessionStore(session_key).get("_auth_user_id")


def test_a_staff_member_still_previews_an_unpublished_page(client):
    client.get("/johtajuus/")
    Page.objects.filter(slug="johtajuus").update(published=False)  # no signal: cache stays
    staff = Client()
    staff.force_login(make_content_editor())

    assert "Esikatselu" in staff.get("/johtajuus/").text
