"""
axe-core finds no violations on the pages that show events and articles once there are some:
the lists, an event's page with its form, an article, and the home and form pages with their
news sections, on a desktop and a phone.
"""

import pytest

from articles import examples as article_examples
from events import examples as event_examples
from tests.support.accessibility import DESKTOP, PHONE, Axe, violations_on


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_event_and_article_pages_have_no_accessibility_violations(browser, site_url, viewport):
    event = event_examples.load()
    article = article_examples.load()
    paths = {
        "/koulutukset/": event.title,
        event.get_absolute_url(): "Ilmoittautukaa",
        "/artikkelit/": article.title,
        article.get_absolute_url(): article.title,
        "/": event.title,
        "/palvelut/ryhmatyonohjaus/": event.title,
    }
    reports = violations_on(browser, site_url, Axe(), viewport, paths)

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())
