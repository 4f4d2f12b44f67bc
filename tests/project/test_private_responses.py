"""Responses meant for one person are kept out of every cache: staff previews, the lockout page."""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from services.models import Page, SupervisionForm
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db

PASSWORD = "salasana-testi-123"


def cache_control(response):
    return {part.strip() for part in response["Cache-Control"].split(",")}


@pytest.fixture
def staff_client():
    client = Client()
    client.force_login(make_content_editor(password=PASSWORD))
    return client


@pytest.mark.parametrize(
    ("unpublish", "url"),
    [
        (
            lambda: Page.objects.filter(slug="vaikuttavuus").update(published=False),
            "/vaikuttavuus/",
        ),
        (lambda: Page.objects.filter(slug="etusivu").update(published=False), "/"),
        (
            lambda: SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(published=False),
            "/palvelut/ryhmatyonohjaus/",
        ),
    ],
    ids=["page", "home", "form"],
)
def test_a_staff_preview_of_unpublished_content_is_private_and_not_stored(
    staff_client, unpublish, url
):
    unpublish()

    response = staff_client.get(url)

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)
    assert "public" not in cache_control(response)


@pytest.mark.parametrize(
    "url", ["/tyonohjaajat/", "/hinnat/", "/usein-kysyttya/", "/tyoyhteisokartta/"]
)
def test_every_cached_page_of_every_app_is_private_for_staff(staff_client, url):
    response = staff_client.get(url)

    assert response.status_code == 200
    assert {"private", "no-store"} <= cache_control(response)


def test_visitors_still_get_cacheable_public_pages(client):
    response = client.get("/vaikuttavuus/")

    assert "public" in cache_control(response)
    assert "no-store" not in cache_control(response)


def test_the_login_lockout_page_is_private_and_not_stored():
    User.objects.create_superuser("konsultti", "k@example.com", "oikea-salasana-123")
    client = Client(REMOTE_ADDR="203.0.113.66")
    for attempt in range(6):
        response = client.post(
            "/hallinta/login/?next=/hallinta/",
            {"username": "konsultti", "password": f"vaara-{attempt}", "next": "/hallinta/"},
        )

    assert response.status_code == 429
    assert {"private", "no-store"} <= cache_control(response)
