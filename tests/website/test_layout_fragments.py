"""
The site header and footer are rendered once per content version (and, for the header, per
what it marks as current) and reused by every page that is rendered, cached or not.
"""

import re

import pytest
from django.core.cache import cache

from navigation.models import MenuItem
from services.models import SiteDetails
from tests.support.pages import ALL_PUBLIC_PAGES

pytestmark = pytest.mark.django_db

HEADER = re.compile(r'<header class="header">.*?</header>', re.S)
FOOTER = re.compile(r'<footer class="footer">.*?</footer>', re.S)
PATHS = [*ALL_PUBLIC_PAGES, "/ei-tallaista-sivua/"]


def layout(response):
    html = response.content.decode()
    return HEADER.search(html)[0], FOOTER.search(html)[0]


def test_every_page_gets_from_the_kept_parts_exactly_the_header_and_footer_it_renders(client):
    rendered_alone = {}
    for path in PATHS:
        cache.clear()  # nothing kept: the header and footer are rendered for this page
        rendered_alone[path] = layout(client.get(path))
    cache.clear()

    # Now each page is rendered once (its page not yet cached) with the parts other pages
    # kept, in reverse order, so that a page marked current elsewhere is met after it.
    for path in reversed(PATHS):
        assert layout(client.get(path)) == rendered_alone[path], path

    headers = {header for header, _footer in rendered_alone.values()}
    assert len(headers) > 10  # the current page is marked: headers differ between pages
    assert len({footer for _header, footer in rendered_alone.values()}) == 1


def test_an_uncached_page_renders_the_header_and_footer_only_the_first_time(client):
    first = client.get("/ajanvaraus/")
    again = client.get("/ajanvaraus/")

    assert {"includes/header.html", "includes/footer.html"} <= {t.name for t in first.templates}
    assert not {"includes/header.html", "includes/footer.html"} & {t.name for t in again.templates}
    assert layout(again) == layout(first)


def test_an_edit_of_the_menu_or_the_site_details_shows_in_the_kept_parts_at_once(client):
    client.get("/ajanvaraus/")
    item = MenuItem.objects.filter(parent__isnull=True).order_by("order").first()
    item.label = "Uusi valikkonimi"
    item.save()
    site = SiteDetails.load()
    site.tagline = "Uusi iskulause alatunnisteeseen"
    site.save()

    header, footer = layout(client.get("/ajanvaraus/"))

    assert "Uusi valikkonimi" in header
    assert "Uusi iskulause alatunnisteeseen" in footer
