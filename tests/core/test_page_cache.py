"""Public pages are served from the cache, with ETags, yet staff edits show on the next request."""

import pytest
from django.core.cache import cache
from django.test import Client

from services.models import Page, SupervisionForm
from tests.support.factories import make_content_editor
from tests.support.pages import CALL_TO_ACTION_PAGES, PUBLIC_PAGES

pytestmark = pytest.mark.django_db

# Pages with a form carry a fresh CSRF token each time, so browsers never reuse them (no ETag).
FORM_PAGES = ("/ota-yhteytta/", "/tyoyhteisokartta/")
CACHED_PAGES = [url for url in PUBLIC_PAGES if url not in FORM_PAGES]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_page_needs_at_most_five_queries_cold_and_one_warm(
    client, url, django_assert_max_num_queries
):
    cache.clear()
    # Four for the page (the home page, a landing page of nine parts: nine), one for the
    # staff-managed main menu, and on a page with the call to action one asking whether any
    # supervisor has a free time to book (booking.availability); the last two are cached
    # with the content version, so they cost nothing warm.
    with django_assert_max_num_queries(
        (9 if url == "/" else 4) + 1 + (url in CALL_TO_ACTION_PAGES)
    ):
        assert client.get(url).status_code == 200
    with django_assert_max_num_queries(1):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("url", CACHED_PAGES)
def test_a_returning_visitor_gets_304_not_modified(client, url):
    first = client.get(url)
    etag = first["ETag"]

    again = client.get(url, headers={"If-None-Match": etag})

    assert again.status_code == 304
    assert again.content == b""
    assert "must-revalidate" in first["Cache-Control"]


def test_an_edit_shows_on_the_next_request_to_a_cached_page(client):
    etag = client.get("/vaikuttavuus/")["ETag"]
    page = Page.objects.get(slug="vaikuttavuus")
    page.lead = "Uusi ingressi, muutettu ylläpidossa."
    page.save()

    response = client.get("/vaikuttavuus/", headers={"If-None-Match": etag})

    assert response.status_code == 200
    assert "Uusi ingressi, muutettu ylläpidossa." in response.content.decode()


def test_a_form_edit_refreshes_every_page_that_shows_it(client):
    for url in ("/", "/palvelut/", "/palvelut/yksilotyonohjaus/"):
        client.get(url)
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    form.name = "Tiimityönohjaus"
    form.save()

    for url in ("/", "/palvelut/", "/palvelut/yksilotyonohjaus/"):
        assert "Tiimityönohjaus" in client.get(url).content.decode(), url


def test_staff_are_never_served_a_cached_page(client):
    client.get("/johtajuus/")
    Page.objects.filter(slug="johtajuus").update(published=False)  # no signal: cache stays
    staff = Client()
    staff.force_login(make_content_editor())

    assert "Esikatselu" in staff.get("/johtajuus/").content.decode()
    assert "Esikatselu" not in client.get("/johtajuus/").content.decode()


def test_the_contact_page_keeps_its_csrf_token_fresh(client):
    first = Client().get("/ota-yhteytta/").content.decode()
    second = Client().get("/ota-yhteytta/").content.decode()

    token = 'name="csrfmiddlewaretoken" value="'
    assert first.split(token)[1][:20] != second.split(token)[1][:20]


def cached_page_keys():
    return [key for key in cache._cache if "page-cache:" in key and "content-version" not in key]


def test_query_strings_do_not_fill_the_cache(client):
    for number in range(20):
        client.get(f"/palvelut/?a={number}")

    assert len(cached_page_keys()) == 1


def test_unknown_addresses_are_not_cached(client):
    for number in range(5):
        assert client.get(f"/ei-ole-{number}/").status_code == 404

    assert cached_page_keys() == []


def test_pages_are_sent_compressed_to_browsers_that_accept_it(client):
    import gzip

    response = client.get("/", headers={"Accept-Encoding": "gzip, br"})

    assert response["Content-Encoding"] == "gzip"
    assert "Työnohjauksen muodot" in gzip.decompress(response.content).decode()
    again = client.get("/", headers={"Accept-Encoding": "gzip", "If-None-Match": response["ETag"]})
    assert again.status_code == 304
