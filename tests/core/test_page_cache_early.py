"""
A visitor's plain GET of a cached public page is answered before the rest of the middleware
(core.page_cache.EarlyHitMiddleware), with exactly the headers the whole stack gave it.
"""

import gzip

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache
from django.test import Client

from contact.models import Enquiry
from services.models import Page
from tests.support.factories import contact_data, log_in_verified, make_content_editor
from tests.support.live_gunicorn import FIELD_VALUE, form_tokens
from tests.support.map_answers import answer_all, submit

pytestmark = pytest.mark.django_db

SPY = "tests.core.test_page_cache_early.SpyMiddleware"
# Headers that differ between two responses for reasons of their own.
OWN_HEADERS = {"Date"}


class SpyMiddleware:
    """Counts the requests that reach the middleware after EarlyHitMiddleware."""

    calls = 0

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        SpyMiddleware.calls += 1
        return self.get_response(request)


@pytest.fixture
def spy(settings):
    middleware = list(django_settings.MIDDLEWARE)
    middleware.insert(middleware.index("core.page_cache.EarlyHitMiddleware") + 1, SPY)
    settings.MIDDLEWARE = middleware
    SpyMiddleware.calls = 0
    cache.clear()
    return SpyMiddleware


def headers(response):
    return {name: value for name, value in response.items() if name not in OWN_HEADERS}


def vary(response):
    return {name.strip() for name in response["Vary"].split(",")}


@pytest.mark.parametrize("encoding", ["gzip", ""], ids=["gzip", "identity"])
def test_the_next_visit_is_answered_early_with_the_same_headers_and_body(
    client, spy, encoding, django_assert_num_queries
):
    ask = {"Accept-Encoding": encoding} if encoding else {}
    rendered = client.get("/vaikuttavuus/", headers=ask)  # rendered, cached and kept whole
    assert spy.calls == 1

    with django_assert_num_queries(0):
        early = client.get("/vaikuttavuus/", headers=ask)

    assert spy.calls == 1
    assert early.status_code == 200
    assert headers(early) == headers(rendered)
    assert early.content == rendered.content
    assert early["Content-Security-Policy"]
    assert early["Permissions-Policy"]
    assert "Cookie" in early["Vary"]
    body = gzip.decompress(early.content) if encoding else early.content
    assert "Miten työnohjaus vaikuttaa?" in body.decode()
    assert ("Content-Encoding" in early) == bool(encoding)


def test_a_worker_answers_from_its_own_copy_while_the_content_version_holds(
    client, spy, monkeypatch
):
    client.get("/hyodyt/")  # rendered and kept whole in the shared cache
    first = client.get("/hyodyt/")  # answered early; this worker keeps a copy
    read_keys = []
    shared_get = cache.get

    def counting_get(key, *args, **kwargs):
        read_keys.append(key)
        return shared_get(key, *args, **kwargs)

    monkeypatch.setattr(cache, "get", counting_get)

    again = client.get("/hyodyt/")

    assert spy.calls == 1
    assert again.content == first.content
    assert read_keys == ["page-cache:content-version"]


def test_a_copy_kept_by_the_worker_is_not_served_once_another_worker_edits(client, spy):
    client.get("/hyodyt/")
    client.get("/hyodyt/")  # this worker now holds a copy
    # Another worker's edit: only the shared cache's version changes, not this worker's copy.
    Page.objects.filter(slug="hyodyt").update(lead="Toisen työntekijän muokkaama ingressi.")
    cache.set("page-cache:content-version", "another-workers-new-version", timeout=None)

    response = client.get("/hyodyt/")

    assert spy.calls == 2
    assert "Toisen työntekijän muokkaama ingressi." in response.content.decode()


def test_a_returning_visitor_gets_304_early(client, spy):
    etag = client.get("/hyodyt/")["ETag"]

    again = client.get("/hyodyt/", headers={"If-None-Match": etag})

    assert spy.calls == 1
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag


def test_an_edit_is_shown_at_once_instead_of_the_early_answer(client, spy):
    for _ in range(3):
        client.get("/vaikuttavuus/")
    page = Page.objects.get(slug="vaikuttavuus")
    page.lead = "Uusi ingressi, muutettu ylläpidossa."
    page.save()

    assert spy.calls == 1

    response = client.get("/vaikuttavuus/")

    assert "Uusi ingressi, muutettu ylläpidossa." in response.content.decode()
    assert spy.calls == 2


def test_staff_always_go_the_whole_way_and_get_a_fresh_page(client, spy):
    client.get("/johtajuus/")
    Page.objects.filter(slug="johtajuus").update(published=False)  # no signal: cache stays
    staff = Client()
    log_in_verified(staff, make_content_editor())
    calls = spy.calls

    response = staff.get("/johtajuus/")

    assert spy.calls == calls + 1
    assert "Esikatselu" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


def test_a_bogus_session_cookie_goes_the_whole_way_to_the_cached_page(client, spy):
    client.get("/hyodyt/")
    client.cookies[django_settings.SESSION_COOKIE_NAME] = "not-a-session"

    response = client.get("/hyodyt/")

    assert spy.calls == 2
    assert response.status_code == 200
    assert "Työnohjauksen hyödyt" in response.content.decode()


def test_the_contact_form_is_answered_early_with_tokens_and_a_csrf_cookie_of_its_own(
    client, spy, settings, django_assert_num_queries
):
    settings.CONTACT_MIN_SECONDS = 0
    gzip_asked = {"Accept-Encoding": "gzip"}
    # Rendered, stored with its tokens blanked out and kept whole for early answers.
    first = Client().get("/ota-yhteytta/", headers=gzip_asked)
    visitor = Client(enforce_csrf_checks=True)

    with django_assert_num_queries(0):
        early = visitor.get("/ota-yhteytta/", headers=gzip_asked)

    assert spy.calls == 1
    # The whole stack leaves a page with a CSRF token plain (it may repeat a POST beside it);
    # an early answer, the same page for everyone, is gzipped around its tokens.
    assert "Content-Encoding" not in first
    assert early["Content-Encoding"] == "gzip"
    assert headers(early).keys() == headers(first).keys() | {"Content-Encoding"}
    assert vary(early) == vary(first) | {"Accept-Encoding"}
    assert "no-store" in early["Cache-Control"]
    html = gzip.decompress(early.content).decode()
    tokens = form_tokens(html)
    assert tokens.keys() == {"csrfmiddlewaretoken", "started"}
    assert tokens != form_tokens(first.content.decode())
    assert early.cookies[django_settings.CSRF_COOKIE_NAME].value
    # Apart from its tokens, the page is the one the whole stack gave.
    assert FIELD_VALUE.sub("", html) == FIELD_VALUE.sub("", first.content.decode())

    # The tokens are the visitor's own: the CSRF check and the form's token pass.
    response = visitor.post("/ota-yhteytta/", {**contact_data(), **tokens})
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert Enquiry.objects.count() == 1


def test_an_early_form_page_is_gzipped_around_its_tokens_never_over_them(spy):
    gzip_asked = {"Accept-Encoding": "gzip"}
    Client().get("/ota-yhteytta/", headers=gzip_asked)

    answers = [Client().get("/ota-yhteytta/", headers=gzip_asked) for _visitor in range(4)]

    assert spy.calls == 1
    constant_sizes = set()
    for answer in answers:
        tokens = form_tokens(gzip.decompress(answer.content).decode())
        # Each token stands in the gzipped body as it is: deflate's stored block, never
        # compressed with the page, so the body's size says nothing of it (BREACH).
        for value in tokens.values():
            assert value.encode() in answer.content
        constant_sizes.add(len(answer.content) - sum(map(len, tokens.values())))
    assert len(constant_sizes) == 1


def test_an_early_form_page_stays_plain_for_a_browser_without_gzip(spy):
    Client().get("/ota-yhteytta/")

    early = Client().get("/ota-yhteytta/")

    assert spy.calls == 1
    assert "Content-Encoding" not in early
    assert form_tokens(early.content.decode()).keys() == {"csrfmiddlewaretoken", "started"}


def test_a_returning_visitor_keeps_their_csrf_secret_on_an_early_contact_form(client, spy):
    client.get("/ota-yhteytta/")
    secret = client.cookies[django_settings.CSRF_COOKIE_NAME].value

    early = client.get("/ota-yhteytta/")

    assert spy.calls == 1
    # The cookie is sent again (its expiry renewed, as Django does), with the same secret.
    assert early.cookies[django_settings.CSRF_COOKIE_NAME].value == secret
    assert form_tokens(early.content.decode())["csrfmiddlewaretoken"]


def test_an_edit_of_the_contact_page_is_shown_at_once_instead_of_the_early_form(client, spy):
    client.get("/ota-yhteytta/")
    client.get("/ota-yhteytta/")
    page = Page.objects.get(slug=Page.CONTACT_SLUG)
    page.lead = "Uusi yhteydenoton ingressi."
    page.save()

    response = client.get("/ota-yhteytta/")

    assert spy.calls == 2
    assert "Uusi yhteydenoton ingressi." in response.content.decode()


def map_address():
    """A personal map's address as the questionnaire gives it: ``?v=`` in its one form."""
    return submit(Client(), answer_all(lambda statement: 3))["Location"]


@pytest.mark.parametrize(
    "url",
    ["/ota-yhteytta/?aihe=ryhmatyonohjaus", "/tyonohjaajat/?eta=kylla", map_address],
    ids=["contact ?aihe=", "supervisors ?eta=", "map result ?v="],
)
def test_a_variant_asked_for_in_its_one_form_is_answered_early(client, spy, url):
    url = url() if callable(url) else url
    spy.calls = 0
    rendered = client.get(url)

    early = client.get(url)

    assert rendered.status_code == early.status_code == 200
    assert spy.calls == 1
    if "csrfmiddlewaretoken" not in early.content.decode():
        assert early.content == rendered.content


def test_a_map_address_with_its_answers_in_another_order_goes_the_whole_way(client, spy):
    path, query = map_address().split("?v=")
    answers = query.split(".")
    reordered = f"{path}?v={'.'.join(reversed(answers))}"
    spy.calls = 0
    first = client.get(reordered)

    again = client.get(reordered)

    assert spy.calls == 2
    assert again.content == first.content


@pytest.mark.parametrize(
    "url",
    ["/hyodyt/?utm_source=uutiskirje", "/ota-yhteytta/?aihe=ei-tallaista",
     "/ota-yhteytta/?utm_source=uutiskirje&aihe=ryhmatyonohjaus", "/ajanvaraus/?muoto=ei-tallaista",
     "/ei-tallaista/"],
)  # fmt: skip
def test_pages_with_a_query_string_or_fresh_parts_and_misses_are_never_answered_early(
    client, spy, url
):
    for _ in range(3):
        client.get(url)

    assert spy.calls == 3


def test_head_and_post_go_the_whole_way(client, spy):
    client.get("/hyodyt/")

    client.head("/hyodyt/")
    client.post("/hyodyt/")

    assert spy.calls == 3
