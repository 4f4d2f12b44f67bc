"""
No two values of a query parameter share a cached page.

Every public address (each address of the URLconf that takes no argument, and every address
in the sitemap) is visited; where the page cache stores the page, each query parameter that
anything read while serving it is then given every value a link on the site could carry
(each slug in the sitemap, nothing, and an unknown one). With the cache warm, one after
another, each value must get exactly the page its own uncached render gives. A new cached
view, or a new parameter of one, is covered without changing this test.
"""

import re

import pytest
from django.core.cache import cache
from django.http import HttpResponse
from django.test import Client

from core.page_cache import (
    EVERY_PARAMETER,
    cached_form_page,
    cached_public_page,
    recording_query_reads,
)
from tests.support.bookings import make_supervisor
from tests.support.site_urls import public_addresses, sitemap_paths

pytestmark = pytest.mark.django_db

# The hidden inputs that get a new value in every response (cached or not).
PER_RESPONSE_TOKEN = re.compile(r'(name="(?:csrfmiddlewaretoken|started)" value=")[^"]*"')
UNKNOWN = "ei-tallaista"


def record_query_reads(get_response):
    """Test middleware: note on each response which query parameters serving it read."""

    def middleware(request):
        with recording_query_reads(request) as names_read:
            response = get_response(request)
        response.query_parameters_read = names_read
        return response

    return middleware


def page_for(path, query):
    """The page as a visitor gets it, tokens blanked; the parameters read serving it."""
    response = Client().get(path, query)
    content = b"".join(response) if response.streaming else response.content
    body = PER_RESPONSE_TOKEN.sub(r'\1"', content.decode(errors="replace"))
    return (response.status_code, body), response.query_parameters_read


def stored_pages():
    """The pages in the page cache now (the test settings' local-memory cache)."""
    return [key for key in cache._cache if re.search(r":(page-cache|form-page):[0-9a-f]{32}:", key)]


def uncached_page_for(path, query):
    cache.clear()
    page, _read = page_for(path, query)
    cache.clear()
    return page


@pytest.fixture
def site(client, settings):
    make_supervisor(slug="anna-testi", name="Anna Testi", published=True)
    make_supervisor(slug="ville-testi", name="Ville Testi", published=True)
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.record_query_reads"]

    # The Finnish addresses: a page's Swedish and English versions are the same view under
    # addresses of their own, so the same key by path and variant (that each language keeps
    # its own pages is tests/website/test_languages.py's). A query string names a form of
    # supervision or a supervisor by its Finnish slug in every language.
    def finnish(paths):
        return [path for path in paths if not re.match(r"/(sv|en)/", path)]

    addresses = finnish(public_addresses(client))
    slugs = {path.rstrip("/").rsplit("/", 1)[-1] for path in finnish(sitemap_paths(client))}
    return addresses, [*sorted(slugs - {""}), "", UNKNOWN]


def test_no_two_values_of_a_query_parameter_share_a_cached_page(site):
    addresses, values = site
    checked, shared = set(), []

    for path in addresses:
        cache.clear()
        _page, parameters = page_for(path, {})
        if not stored_pages():
            continue  # never served from the page cache
        assert EVERY_PARAMETER not in parameters, f"{path} reads every query parameter"
        for name in sorted(parameters):
            expected = {value: uncached_page_for(path, {name: value}) for value in values}
            for value in values:  # with the cache warmed by every value before it
                page, _read = page_for(path, {name: value})
                if page != expected[value]:
                    shared.append(f"{path}?{name}={value}")
            checked.add((path, name))

    assert shared == []
    # The walk reached the cached form page and its preselecting parameters.
    assert {("/ota-yhteytta/", "aihe"), ("/ota-yhteytta/", "ohjaaja")} <= checked
    assert ("/tyoyhteisokartta/", "v") in checked


def test_a_view_that_reads_a_parameter_its_key_ignores_is_not_stored(rf):
    @cached_public_page
    def greeting(request):
        return HttpResponse(f"Hei {request.GET.get('nimi', 'kaikki')}")

    @cached_form_page(variant=lambda request: "", fresh_inputs={})
    def form_page(request):
        return HttpResponse(
            f'<input type="hidden" name="csrfmiddlewaretoken" value="">{request.GET.get("nimi")}'
        )

    for view in (greeting, form_page):
        first = view(rf.get("/tervehdys/", {"nimi": "Aino"})).content
        second = view(rf.get("/tervehdys/", {"nimi": "Eero"})).content
        assert b"Aino" in first
        assert b"Eero" in second
