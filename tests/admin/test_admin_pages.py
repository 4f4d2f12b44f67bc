"""Every admin page staff use renders without errors, in Finnish."""

import pytest
from django.contrib.auth.models import User

from services.models import KeyQuestion, Page, SiteDetails, SupervisionForm
from tests.support.factories import log_in_verified

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_fi(client):
    # Superusers always log in with a second factor (tests/core/test_admin_two_factor.py).
    log_in_verified(client, User.objects.create_superuser("paakayttaja", "p@example.com", "x" * 12))
    return client


def admin_urls():
    urls = ["/hallinta/", "/hallinta/services/", "/hallinta/auth/user/", "/hallinta/auth/group/"]
    for model in (SupervisionForm, KeyQuestion, Page, SiteDetails):
        base = f"/hallinta/services/{model._meta.model_name}/"
        item = model.objects.order_by("pk").first()
        urls += [f"{base}{item.pk}/change/", f"{base}{item.pk}/history/"]
        if model is not SiteDetails:
            urls += [base, f"{base}add/", f"{base}recover/", f"{base}{item.pk}/delete/"]
    return urls


def test_every_admin_page_renders_in_finnish(admin_client_fi):
    for url in admin_urls():
        response = admin_client_fi.get(url)

        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'lang="fi"' in html, url
        assert "Kirjaudu ulos" in html, url


def test_markdown_help_is_shown_in_finnish_on_body_fields(admin_client_fi):
    page = Page.objects.get(slug="vaikuttavuus")

    html = admin_client_fi.get(f"/hallinta/services/page/{page.pk}/change/").content.decode()

    assert "Markdown-muotoilu" in html
    assert "Näytä lopputulos" in html


def test_reversion_pages_speak_finnish(admin_client_fi):
    page = Page.objects.get(slug="vaikuttavuus")

    history = admin_client_fi.get(f"/hallinta/services/page/{page.pk}/history/").content.decode()
    recover = admin_client_fi.get("/hallinta/services/page/recover/").content.decode()

    assert "Valitse" in history
    assert "Palauta" in recover
