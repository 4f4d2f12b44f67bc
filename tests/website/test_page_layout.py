"""
Content and form pages share one layout: the text with a sidebar beside it (contents, the
facts, how to ask us, the supervisors of a form); a form's page ends in one block of next steps
instead of lists of links; the key questions are the same cards wherever they are shown.
"""

import re

import pytest
from django.core.cache import cache

from services.models import SiteDetails
from testimonials import examples as testimonial_examples
from tests.support.bookings import make_calendar
from tests.support.pages import FORM_SLUGS

pytestmark = pytest.mark.django_db

TEXT_PAGES = [
    "/palvelut/",
    "/tyootteemme/",
    "/vaikuttavuus/",
    "/johtajuus/",
    "/yhteisollinen-dialogi/",
    "/nain-aloitamme/",
    "/luottamuksellisuus/",
    "/usein-kysyttya/",
    "/tietosuoja/",
    "/saavutettavuus/",
]


def main(client, url):
    html = client.get(url).content.decode()
    return html.split("<main", 1)[1].split("</main>", 1)[0]


def section(html, class_name):
    match = re.search(rf'<(section|aside) class="[^"]*\b{class_name}\b.*?</\1>', html, re.S)
    return match[0] if match else ""


def links(html):
    return re.findall(r'<a (?:class="([^"]+)" )?href="([^"]+)">', html)


@pytest.mark.parametrize("url", TEXT_PAGES)
def test_a_page_of_text_has_its_sidebar_with_how_to_ask_us(client, url):
    html = main(client, url)
    site = SiteDetails.load()

    assert html.count('<div class="layout">') == 1
    side = html.split('<div class="layout__side">', 1)[1].split('<div class="layout__main">', 1)[0]
    contact = section(side, "side-contact")
    assert "Kysykää lisää" in contact
    assert f'href="mailto:{site.email}"' in contact
    assert f'href="{site.phone_uri}"' in contact


def test_the_sidebar_offers_the_message_only_where_the_page_invites_one(client):
    cache.clear()
    vaikuttavuus = section(main(client, "/vaikuttavuus/"), "side-contact")
    privacy = section(main(client, "/tietosuoja/"), "side-contact")

    assert ("button button--block", "/ota-yhteytta/") in links(vaikuttavuus)
    assert "button" not in privacy

    make_calendar()
    cache.clear()
    vaikuttavuus = section(main(client, "/vaikuttavuus/"), "side-contact")
    assert links(vaikuttavuus)[-2:] == [
        ("button button--accent button--block", "/ajanvaraus/"),
        ("button button--secondary button--block", "/ota-yhteytta/"),
    ]


def test_a_long_page_has_its_contents_in_the_sidebar(client):
    html = main(client, "/nain-aloitamme/")

    side = html.split('<div class="layout__side">', 1)[1].split('<div class="layout__main">', 1)[0]
    assert '<nav class="toc"' in side
    assert re.findall(r'<li><a href="#osio-([^"]+)">', side) == [
        "ensimmainen-keskustelu",
        "kartoituskerta",
        "tyonohjaussopimus",
        "istunnot",
        "arviointi",
    ]


@pytest.mark.parametrize("slug", FORM_SLUGS)
def test_a_form_page_ends_in_one_block_of_next_steps(client, slug):
    html = main(client, f"/palvelut/{slug}/")

    assert html.rstrip().endswith("</section>")
    last = html[html.rindex('<section class="next-steps"') :]
    assert 'id="next-steps-heading"' in last
    hrefs = [href for _class, href in links(last)]
    assert f"/ota-yhteytta/?aihe={slug}" in hrefs
    assert "/hinnat/" in hrefs
    assert "/usein-kysyttya/" in hrefs
    assert "/nain-aloitamme/" in hrefs
    assert "/luottamuksellisuus/" in hrefs
    others = re.findall(r'class="other-forms__link" href="/palvelut/([^/]+)/"', last)
    assert sorted(others) == sorted(other for other in FORM_SLUGS if other != slug)
    # No closing call to action of its own, and none of the former lists of links.
    assert 'class="cta"' not in html
    for former in ("related__list", "start__links", "faq-links__list"):
        assert former not in html


def test_the_next_steps_book_first_while_a_supervisor_has_free_times(client):
    html = main(client, "/palvelut/ryhmatyonohjaus/")
    steps = section(html, "next-steps")
    assert "/ajanvaraus/" not in steps
    assert ("button button--accent", "/ota-yhteytta/?aihe=ryhmatyonohjaus") in links(steps)

    make_calendar()
    cache.clear()
    steps = section(main(client, "/palvelut/ryhmatyonohjaus/"), "next-steps")

    buttons = [link for link in links(steps) if link[0].startswith("button")]
    assert buttons[:2] == [
        ("button button--accent", "/ajanvaraus/?muoto=ryhmatyonohjaus"),
        ("button button--secondary", "/ota-yhteytta/?aihe=ryhmatyonohjaus"),
    ]


def test_a_form_page_s_facts_and_supervisors_are_beside_its_text(client):
    from supervisors import examples as supervisor_examples

    supervisor_examples.load()
    html = main(client, "/palvelut/ryhmatyonohjaus/")

    layout = html.split('<div class="layout layout--form">', 1)[1].split("</article>", 1)[0]
    parts = re.findall(r'class="(aside layout__side|layout__main prose|form-supervisors)"', layout)
    assert parts == ["aside layout__side", "layout__main prose", "form-supervisors"]


def test_a_quote_spans_the_layout_after_the_article(client):
    testimonial_examples.load()

    html = main(client, "/palvelut/ryhmatyonohjaus/")

    assert html.index("</article>") < html.index('<figure class="quote quote--band">')
    assert html.index('<figure class="quote quote--band">') < html.index('class="next-steps"')


def test_the_key_questions_are_the_same_cards_on_the_home_and_approach_pages(client):
    def questions(url):
        return re.search(r'<ol class="key-questions__list">.*?</ol>', main(client, url), re.S)[0]

    assert questions("/").count('class="key-questions__item"') == 6
    assert questions("/") == questions("/tyootteemme/")
    assert '<ol class="questions__list">' not in main(client, "/tyootteemme/")


def test_the_call_to_action_keeps_its_buttons_together(client):
    cta = section(main(client, "/vaikuttavuus/"), "cta")

    actions = cta.split('<p class="cta__actions">', 1)[1].split("</p>", 1)[0]
    assert links(actions) == [("button", "/ota-yhteytta/")]
