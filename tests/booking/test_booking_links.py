"""
Booking is the first step a page offers once it exists: the home page's hero and a form page's
"Lyhyesti" sidebar lead to the free times while some supervisor has one, with "Laita viestiä"
still beside it; without free times they offer the message only.
"""

import re

import pytest
from django.core.cache import cache

from tests.support.bookings import make_calendar

pytestmark = pytest.mark.django_db

BOOK = "Varatkaa maksuton tutustumiskeskustelu"


def hero(client):
    html = client.get("/").content.decode()
    return re.search(r'<p class="hero__actions">(.*?)</p>', html, re.S)[1]


def sidebar_contact(client, slug):
    html = client.get(f"/palvelut/{slug}/").content.decode()
    return re.search(r'<div class="aside__contact">(.*?)</div>', html, re.S)[1]


def buttons(html):
    """``[(class, href, text)]`` of the links in ``html``, in order."""
    return re.findall(r'<a class="([^"]+)" href="([^"]+)">([^<]+)</a>', html)


def test_without_free_times_the_hero_offers_the_message_first_and_no_booking(client):
    actions = buttons(hero(client))

    assert actions[0] == ("button button--accent", "/ota-yhteytta/", "Laita viestiä")
    assert BOOK not in hero(client)


def test_with_free_times_booking_is_the_hero_s_primary_button_beside_the_message(client):
    make_calendar()
    cache.clear()

    actions = buttons(hero(client))

    assert actions[0] == ("button button--accent", "/ajanvaraus/", BOOK)
    assert ("button button--secondary", "/ota-yhteytta/", "Laita viestiä") in actions
    assert [text for _class, _href, text in actions].count("Laita viestiä") == 1


def test_a_form_page_s_sidebar_books_for_that_form_and_keeps_the_message(client):
    make_calendar()
    cache.clear()

    actions = buttons(sidebar_contact(client, "ryhmatyonohjaus"))

    assert actions == [
        ("button button--accent button--block", "/ajanvaraus/?muoto=ryhmatyonohjaus", BOOK),
        (
            "button button--secondary button--block",
            "/ota-yhteytta/?aihe=ryhmatyonohjaus",
            "Kysykää viestillä",
        ),
    ]


def test_without_free_times_the_sidebar_offers_the_message_only(client):
    actions = buttons(sidebar_contact(client, "ryhmatyonohjaus"))

    assert [href for _class, href, _text in actions] == ["/ota-yhteytta/?aihe=ryhmatyonohjaus"]
    assert actions[0][0] == "button button--accent button--block"


def test_the_form_page_s_booking_link_opens_that_form_s_times(client):
    make_calendar()
    cache.clear()

    response = client.get("/ajanvaraus/?muoto=ryhmatyonohjaus")

    assert response.status_code == 200
    assert re.search(r'<option value="ryhmatyonohjaus" selected>', response.content.decode())


def test_asking_for_free_times_twice_on_one_page_costs_no_extra_query(
    client, django_assert_max_num_queries
):
    # The hero and the closing call to action share the cached answer: with no calendar open
    # the home page stays within its cold budget (tests/website/test_home_page.py) and costs
    # one warm.
    cache.clear()
    with django_assert_max_num_queries(13):
        client.get("/")
    with django_assert_max_num_queries(1):
        client.get("/")
