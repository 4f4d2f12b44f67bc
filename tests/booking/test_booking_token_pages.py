"""
The client's own booking link and the calendar feed are secret addresses: every response they
give, with a valid token or a wrong one, keeps the address out of Referer headers, search
indexes and caches, and the link's forms still work in a browser that sends ``Origin: null``.
"""

import pytest
from django.test import Client
from django.urls import reverse

from booking.models import Booking
from tests.support.token_addresses import valid_tokens

pytestmark = pytest.mark.django_db

WRONG = {"token": "x" * 64}
REQUESTS = [
    ("get", "booking:manage"),
    ("post", "booking:cancel"),
    ("post", "booking:move"),
    ("get", "booking:feed"),
]


def assert_private(response):
    assert response["Referrer-Policy"] == "no-referrer"
    assert response["X-Robots-Tag"] == "noindex"
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


@pytest.mark.parametrize(("method", "view_name"), REQUESTS, ids=[v for _m, v in REQUESTS])
def test_every_booking_token_page_sends_no_referrer_and_noindex(client, method, view_name):
    valid = getattr(client, method)(reverse(view_name, kwargs=valid_tokens(view_name)))
    wrong = getattr(client, method)(reverse(view_name, kwargs=WRONG))

    assert valid.status_code in (200, 400)
    assert wrong.status_code == 404
    assert_private(valid)
    assert_private(wrong)


def test_the_own_page_asks_robots_not_to_index_it(client):
    response = client.get(reverse("booking:manage", kwargs=valid_tokens("booking:manage")))

    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_a_browser_under_no_referrer_posts_with_origin_null_and_can_cancel_and_move():
    """Under ``Referrer-Policy: no-referrer`` a browser sends ``Origin: null`` with a POST."""
    browser = Client(enforce_csrf_checks=True, HTTP_ORIGIN="null")
    cancel = reverse("booking:cancel", kwargs=valid_tokens("booking:cancel"))
    move = reverse("booking:move", kwargs=valid_tokens("booking:move"))

    cancelled = browser.post(cancel, {"vahvista": "1"})
    moved_without_a_time = browser.post(move)

    assert cancelled.status_code == 200
    assert Booking.objects.filter(status=Booking.Status.CANCELLED).count() == 1
    assert moved_without_a_time.status_code == 400  # asked to choose a time, not refused
    assert "Valitkaa aika" in moved_without_a_time.content.decode()
