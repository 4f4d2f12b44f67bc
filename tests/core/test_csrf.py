"""core.csrf: a form page's CSRF token, drawn from the system's randomness in one call."""

import collections

from django.conf import settings
from django.http import HttpResponse
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CsrfViewMiddleware
from django.test import RequestFactory

from core.csrf import form_token, random_characters


def test_random_characters_are_the_csrf_alphabet_each_equally_likely():
    drawn = "".join(random_characters(64) for _ in range(2000))

    assert len(drawn) == 128_000
    counts = collections.Counter(drawn)
    assert set(counts) == set(CSRF_ALLOWED_CHARS)
    # 128,000 draws of 62 characters: about 2,065 each, a standard deviation of about 45.
    assert all(1800 < count < 2330 for count in counts.values()), counts


def test_a_new_visitors_token_comes_with_the_cookie_and_passes_djangos_check(db):
    middleware = CsrfViewMiddleware(lambda request: None)
    page_request = RequestFactory().get("/")
    middleware.process_request(page_request)

    token = form_token(page_request)
    response = middleware.process_response(page_request, HttpResponse())

    secret = response.cookies[settings.CSRF_COOKIE_NAME].value
    assert len(secret) == 32
    assert len(token) == 64
    assert form_token(page_request) != token  # each response its own mask
    post = RequestFactory().post("/", {"csrfmiddlewaretoken": token})
    post.COOKIES[settings.CSRF_COOKIE_NAME] = secret
    middleware.process_request(post)
    assert middleware.process_view(post, lambda request: None, (), {}) is None
    # A token of another secret is refused (by the site's own 403 page, read from the database).
    tampered = RequestFactory().post("/", {"csrfmiddlewaretoken": token[:32] + token[:32]})
    tampered.COOKIES[settings.CSRF_COOKIE_NAME] = secret
    middleware.process_request(tampered)
    assert middleware.process_view(tampered, lambda request: None, (), {}).status_code == 403
