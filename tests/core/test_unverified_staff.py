"""
A staff member who has given the password but not the second factor is an anonymous visitor
outside the admin: no unpublished page, form or supervisor, no preview, and the cached pages.
"""

import pytest
from django.contrib.auth.models import User
from django.test import Client

from services.models import Page, SupervisionForm
from tests.support.bookings import make_supervisor
from tests.support.factories import log_in_verified, make_content_editor

pytestmark = pytest.mark.django_db

UNPUBLISHED = ["/johtajuus/", "/palvelut/ryhmatyonohjaus/", "/tyonohjaajat/piilo-ohjaaja/"]


@pytest.fixture
def unpublished():
    Page.objects.filter(slug="johtajuus").update(published=False)
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(published=False)
    make_supervisor(slug="piilo-ohjaaja", name="Piilo Ohjaaja", published=False)


def password_only(user):
    client = Client()
    client.force_login(user)
    return client


def superuser():
    return User.objects.create_superuser("paakayttaja", "p@example.com", "x" * 12)


def enrolled_editor():
    editor = make_content_editor()
    log_in_verified(Client(), editor)  # has a confirmed device, verified in another session
    return editor


@pytest.mark.parametrize(
    ("make_user", "require_2fa"),
    [(make_content_editor, True), (superuser, False), (enrolled_editor, False)],
    ids=["editor-2fa-required", "superuser", "editor-enrolled"],
)
@pytest.mark.parametrize("url", UNPUBLISHED)
def test_without_the_second_factor_unpublished_content_is_not_found(
    unpublished, make_user, require_2fa, url, settings
):
    settings.ADMIN_REQUIRE_2FA = require_2fa
    client = password_only(make_user())

    response = client.get(url)

    assert response.status_code == 404
    assert "Esikatselu" not in response.text


@pytest.mark.parametrize("url", UNPUBLISHED)
def test_with_the_second_factor_staff_preview_unpublished_content(unpublished, url, settings):
    settings.ADMIN_REQUIRE_2FA = True
    client = Client()
    log_in_verified(client, make_content_editor())

    response = client.get(url)

    assert response.status_code == 200
    assert "Esikatselu" in response.text
    assert "no-store" in response["Cache-Control"]


def test_without_the_second_factor_staff_get_the_cached_public_page(settings):
    settings.ADMIN_REQUIRE_2FA = True
    cached = Client().get("/vaikuttavuus/").content
    Page.objects.filter(slug="vaikuttavuus").update(lead="Muutos, jota välimuisti ei vielä tunne.")
    client = password_only(make_content_editor())

    response = client.get("/vaikuttavuus/")

    assert response.content == cached
    assert "Muutos, jota välimuisti ei vielä tunne." not in response.text


def test_without_the_second_factor_the_admin_previews_send_to_enrolment(settings):
    settings.ADMIN_REQUIRE_2FA = True
    client = password_only(make_content_editor())
    page = Page.objects.get(slug="johtajuus")

    response = client.post(
        f"/hallinta/services/page/{page.pk}/esikatselu/",
        {"title": "Luonnos", "lead": "Salainen luonnos", "body": "x", "layout": "article"},
    )

    assert response.status_code == 302
    assert response["Location"].startswith("/hallinta/kaksivaiheinen/")
    assert "Salainen luonnos" not in response.text
