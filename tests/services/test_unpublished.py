"""Unpublished content is invisible to the public: its pages are 404 and it is listed nowhere."""

import pytest

from services.models import Page, SupervisionForm

pytestmark = pytest.mark.django_db


def test_unpublished_form_page_is_not_found(client):
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(published=False)

    response = client.get("/palvelut/ryhmatyonohjaus/")

    assert response.status_code == 404


def test_unpublished_form_is_not_listed(client):
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(published=False)

    for url in ("/", "/palvelut/", "/palvelut/yksilotyonohjaus/"):
        assert "/palvelut/ryhmatyonohjaus/" not in client.get(url).content.decode()


def test_unpublished_form_is_not_offered_as_a_contact_topic(client):
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(published=False)

    html = client.get("/ota-yhteytta/?aihe=ryhmatyonohjaus").content.decode()

    assert "Ryhmätyönohjaus" not in html
    assert "Yksilötyönohjaus" in html


@pytest.mark.parametrize("slug", ["vaikuttavuus", "tietosuoja", "hyodyt"])
def test_unpublished_page_is_not_found(client, slug):
    Page.objects.filter(slug=slug).update(published=False)

    response = client.get(f"/{slug}/")

    assert response.status_code == 404


def test_unknown_address_gets_the_finnish_not_found_page(client):
    response = client.get("/ei-tallaista-sivua/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Sivua ei löytynyt" in html
    assert 'lang="fi"' in html
