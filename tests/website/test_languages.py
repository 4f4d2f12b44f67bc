"""
The site in Finnish, Swedish and English (core/languages.py): Finnish at the root with today's
addresses, Swedish under /sv/ and English under /en/ with addresses in their own words; the
address alone decides the language; each page names its versions (hreflang) and links to them
(the language switcher); the sitemap lists every version.
"""

import re
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from core.logging import mask
from pricing.models import PriceRow
from services.models import KeyQuestion, Page, SiteDetails, SupervisionForm
from tests.support.bookings import make_supervisor
from tests.support.site_urls import sitemap_paths

make_price_row = PriceRow.objects.create

pytestmark = pytest.mark.django_db

# (Finnish, Swedish, English) addresses of one page of each kind.
PAGES = [
    ("/", "/sv/", "/en/"),
    ("/palvelut/", "/sv/tjanster/", "/en/services/"),
    (
        "/palvelut/ryhmatyonohjaus/",
        "/sv/tjanster/grupphandledning/",
        "/en/services/group-supervision/",
    ),
    ("/tyootteemme/", "/sv/vart-arbetssatt/", "/en/our-approach/"),
    ("/hyodyt/", "/sv/fordelar/", "/en/benefits/"),
    ("/tietosuoja/", "/sv/dataskydd/", "/en/privacy/"),
    ("/ota-yhteytta/", "/sv/kontakt/", "/en/contact/"),
    ("/ajanvaraus/", "/sv/tidsbokning/", "/en/booking/"),
    ("/tyoyhteisokartta/", "/sv/arbetsgemenskapskarta/", "/en/work-community-map/"),
    (
        "/tyoyhteisokartta/tiimi/",
        "/sv/arbetsgemenskapskarta/team/",
        "/en/work-community-map/team/",
    ),
    ("/tyonohjaajat/", "/sv/arbetshandledare/", "/en/supervisors/"),
    ("/hinnat/", "/sv/priser/", "/en/prices/"),
    ("/hinnat/yksityishenkilo/", "/sv/priser/privatpersoner/", "/en/prices/private-persons/"),
    ("/usein-kysyttya/", "/sv/vanliga-fragor/", "/en/faq/"),
    (
        "/julkiset-hankinnat/toimittajatiedot/",
        "/sv/offentliga-upphandlingar/leverantorsuppgifter/",
        "/en/public-procurement/supplier-details/",
    ),
]
LANGUAGES = ("fi", "sv", "en")
# A sentence of the site's own interface in each language (the "Laita viestiä" button).
SEND_A_MESSAGE = {"fi": "Laita viestiä", "sv": "Skicka ett meddelande", "en": "Send a message"}


def html_lang(response):
    return re.search(r'<html lang="(\w+)"', response.content.decode())[1]


def alternates(response):
    return dict(
        re.findall(
            r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">',
            response.content.decode(),
        )
    )


def switcher(response):
    nav = re.search(r'<nav class="languages".*?</nav>', response.content.decode(), re.S)[0]
    return re.findall(r'href="([^"]+)" hreflang="(\w+)" lang="\w+"( aria-current="true")?', nav)


@pytest.mark.parametrize("addresses", PAGES, ids=[fi for fi, _sv, _en in PAGES])
def test_every_page_speaks_the_language_its_address_names(client, addresses):
    for language, address in zip(LANGUAGES, addresses, strict=True):
        response = client.get(address)

        assert response.status_code == 200, address
        assert html_lang(response) == language, address
        assert response["Content-Language"] == language
        assert "Accept-Language" not in response.get("Vary", ""), address
        assert SEND_A_MESSAGE[language] in response.content.decode(), address


@pytest.mark.parametrize("addresses", PAGES, ids=[fi for fi, _sv, _en in PAGES])
def test_every_page_names_its_versions_and_links_to_them(client, addresses):
    versions = dict(zip(LANGUAGES, addresses, strict=True))
    for language, address in versions.items():
        response = client.get(address)

        named = alternates(response)
        assert {code: re.sub(r"^https?://[^/]+", "", url) for code, url in named.items()} == {
            **versions,
            "x-default": versions["fi"],
        }, address
        links = switcher(response)
        assert [(href, code) for href, code, _current in links] == [
            (versions[code], code) for code in LANGUAGES
        ]
        assert [code for _href, code, current in links if current] == [language]


def test_the_browser_does_not_choose_the_language(client):
    response = client.get("/", headers={"accept-language": "sv,en;q=0.8"})

    assert html_lang(response) == "fi"
    assert "Laita viestiä" in response.content.decode()
    admin = client.get("/hallinta/login/", headers={"accept-language": "en"})
    assert html_lang(admin) == "fi"


def test_each_language_of_a_page_is_cached_on_its_own(client):
    for _ in range(2):
        for language, address in zip(LANGUAGES, PAGES[1], strict=True):
            response = client.get(address)
            assert html_lang(response) == language
            assert SEND_A_MESSAGE[language] in response.content.decode()


def test_the_contact_forms_choices_are_in_the_pages_language(client):
    client.get("/ota-yhteytta/")  # the Finnish choices, kept for the content version

    swedish = client.get("/sv/kontakt/").content.decode()

    assert ">Grupphandledning</option>" in swedish
    assert ">Ryhmätyönohjaus</option>" not in swedish


def test_a_finnish_address_under_sv_leads_to_the_swedish_one(client):
    form = client.get("/sv/tjanster/ryhmatyonohjaus/")
    page = client.get("/en/hyodyt/")
    former = client.get("/sv/tjanster/esimiesten-tyonohjaus/")

    assert (form.status_code, form["Location"]) == (301, "/sv/tjanster/grupphandledning/")
    assert (page.status_code, page["Location"]) == (301, "/en/benefits/")
    assert former["Location"] == "/sv/tjanster/handledning-for-chefer/"


def test_an_item_without_an_address_of_its_own_uses_the_finnish_one(client):
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(slug_sv="")

    response = client.get("/sv/tjanster/ryhmatyonohjaus/")

    assert response.status_code == 200
    assert html_lang(response) == "sv"
    assert "/sv/tjanster/ryhmatyonohjaus/" in alternates(response)["sv"]


def test_an_unknown_address_under_a_language_is_not_found(client):
    assert client.get("/sv/tjanster/ei-ole/").status_code == 404
    assert client.get("/fi/").status_code == 404
    assert client.get("/sv/hallinta/").status_code == 404


@pytest.mark.parametrize("address", ["/sv/tjanster/ei-ole/", "/ei-ole-olemassa/", "/a/b/c/"])
def test_a_page_not_found_offers_each_languages_home_page(client, address):
    """There is no such page in another language: its language links lead home."""
    response = client.get(address)

    assert response.status_code == 404
    links = re.findall(r'class="languages__link" href="([^"]*)"', response.content.decode())
    assert links == ["/", "/sv/", "/en/"]


def test_pages_not_found_share_one_kept_page_and_show_an_edit_at_once(client):
    for number in range(20):
        assert client.get(f"/ei-ole-{number}/").status_code == 404
        assert client.get(f"/wp-{number}.php").status_code == 404
    # One page for all of them (per what the header marks as current), none per address.
    assert len([key for key in cache._cache if "not-found" in key]) == 1
    site = SiteDetails.load()
    site.tagline = "Uusi iskulause sivulle, jota ei löytynyt"
    site.save()
    assert site.tagline in client.get("/ei-ole-21/").content.decode()


def test_the_sitemap_lists_every_language_with_its_alternates(client):
    sitemap = client.get("/sitemap.xml").content.decode()

    for addresses in PAGES[:5]:
        for address in addresses:
            assert f"{address}</loc>" in sitemap, address
    entry = re.search(r"<url><loc>[^<]*/sv/tjanster/grupphandledning/</loc>.*?</url>", sitemap)[0]
    assert 'hreflang="fi" href="http://127.0.0.1:8000/palvelut/ryhmatyonohjaus/"' in entry
    assert 'hreflang="en" href="http://127.0.0.1:8000/en/services/group-supervision/"' in entry
    assert 'hreflang="x-default" href="http://127.0.0.1:8000/palvelut/ryhmatyonohjaus/"' in entry


def test_every_page_of_the_sitemap_answers_in_its_language_and_names_the_others(client):
    """Each version's alternates name the same three pages; each language's titles differ."""
    addresses = sitemap_paths(client)
    titles = {language: [] for language in LANGUAGES}
    versions_of = {}
    for address in addresses:
        response = client.get(address)
        assert response.status_code == 200, address
        if not response["Content-Type"].startswith("text/html"):
            continue
        language = html_lang(response)
        assert address.startswith(f"/{language}/") or (
            language == "fi" and address[:4] not in ("/sv/", "/en/")
        ), address
        named = {
            code: re.sub(r"^https?://[^/]+", "", url) for code, url in alternates(response).items()
        }
        assert named[language] == address
        versions_of[address] = named
        titles[language].append(
            re.search(r"<title>(.*?)</title>", response.content.decode(), re.S)[1]
        )

    assert len(versions_of) >= 3 * 20
    for address, named in versions_of.items():
        for code in LANGUAGES:
            assert versions_of[named[code]] == named, (address, code)
    for language, shown in titles.items():
        assert len(set(shown)) == len(shown), language


@pytest.mark.parametrize("addresses", PAGES[:8], ids=[fi for fi, _sv, _en in PAGES[:8]])
def test_a_page_in_swedish_or_english_costs_at_most_one_query_more_cold_and_none_warm(
    client, addresses
):
    def queries(address):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(address).status_code == 200
        return len(captured)

    finnish, *others = addresses
    cache.clear()
    cold = queries(finnish)
    for address in others:
        cache.clear()
        assert queries(address) <= cold + 1, address
        assert queries(address) == 0, address  # warm


def test_robots_txt_keeps_every_languages_private_addresses_out(client):
    robots = client.get("/robots.txt").content.decode()

    for address in (
        "/sv/kontakt/tack/",
        "/en/contact/thank-you/",
        "/sv/arbetsgemenskapskarta/karta/",
    ):
        assert f"Disallow: {address}\n" in robots


@pytest.mark.parametrize(
    "address",
    [
        "/sv/tidsbokning/bokning/{}/avboka/",
        "/en/booking/calendar/{}.ics",
        "/sv/arbetsgemenskapskarta/team/svara/{}/",
        "/en/work-community-map/team/results/{}/print/",
    ],
)
def test_the_log_masks_the_token_of_an_address_in_any_language(address):
    secret = "Zx9" * 12

    logged = mask(f'"GET {address.format(secret)} HTTP/1.1" 200')

    assert secret not in logged
    assert address.format("***") in logged


def test_the_language_of_a_request_does_not_outlive_it(client):
    client.get("/sv/")

    assert translation.get_language() == "fi"


def test_a_link_written_in_a_text_leads_to_the_page_in_the_texts_language(client):
    # The seeded answers link to Finnish addresses, as staff write them.
    finnish = client.get("/usein-kysyttya/").content.decode()
    swedish = client.get("/sv/vanliga-fragor/").content.decode()
    english = client.get("/en/faq/").content.decode()

    assert 'href="/luottamuksellisuus/"' in finnish
    assert 'href="/sv/konfidentialitet/"' in swedish
    assert 'href="/en/confidentiality/"' in english
    assert 'href="/luottamuksellisuus/"' not in swedish + english


def test_the_questions_structured_data_names_their_language(client):
    swedish = client.get("/sv/vanliga-fragor/").content.decode()

    assert '"@type": "FAQPage", "inLanguage": "sv"' in swedish


def test_a_text_shown_in_finnish_for_want_of_a_translation_is_marked_finnish(client):
    Page.objects.filter(slug="hyodyt").update(lead_sv=None)

    swedish = client.get("/sv/fordelar/").content.decode()
    english = client.get("/en/benefits/").content.decode()

    assert re.search(r'<p class="lead" lang="fi">', swedish)  # the Finnish lead, marked
    assert re.search(r'<h1 id="alkuun" class="article__title">', swedish)  # Swedish title
    assert '<p class="lead">' in english


def test_a_supervisors_and_a_prices_finnish_only_texts_are_marked_finnish(client):
    make_supervisor(published=True, role_en="Work supervisor")
    make_price_row(what="Ryhmätyönohjaus", unit="istunto", price=Decimal("300"), published=True)

    profile = client.get("/en/supervisors/anna-testi/").content.decode()
    listing = client.get("/en/supervisors/").content.decode()
    prices = client.get("/en/prices/").content.decode()

    assert '<p class="profile__role">Work supervisor</p>' in profile
    assert '<p class="lead" lang="fi">Testiprofiili.</p>' in profile
    assert '<p class="person-card__intro" lang="fi">Testiprofiili.</p>' in listing
    assert '<h3 class="price__what" lang="fi">Ryhmätyönohjaus</h3>' in prices
    assert '<p class="price__unit" lang="fi">istunto</p>' in prices


LINK = re.compile(r'<a [^>]*href="(/[^"#]*)[^"]*"')
NOT_PAGES = ("/static/", "/media/", "/hallinta/")


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_link_of_a_page_leads_to_a_page_in_its_language_without_a_detour(client, language):
    """The menus, the footer, the next steps and the texts: none leads to Finnish or redirects."""
    index = LANGUAGES.index(language)
    prefix = f"/{language}/"
    pages = [addresses[index] for addresses in PAGES]
    links = set()
    for address in pages:
        html = client.get(address).content.decode()
        # The language row links to the page's other versions, on purpose.
        html = re.sub(r'<nav class="languages".*?</nav>', "", html, flags=re.S)
        links |= {link for link in LINK.findall(html) if not link.startswith(NOT_PAGES)}

    assert len(links) > 20
    for link in sorted(links):
        assert link.startswith(prefix), link
        response = client.get(link)
        assert response.status_code == 200, (link, response.status_code)
        if response["Content-Type"].startswith("text/html"):
            assert html_lang(response) == language, link


def test_cards_steps_and_key_questions_in_finnish_only_are_marked_finnish(client):
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(name_en=None, summary_en="")
    KeyQuestion.objects.filter(order=1).update(question_en=None)

    home = client.get("/en/").content.decode()
    approach = client.get("/en/our-approach/").content.decode()

    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    assert f'href="/en/services/group-supervision/" lang="fi">{form.name_fi}</a>' in home
    assert f'<p class="card__summary" lang="fi">{form.summary_fi}</p>' in home
    question = KeyQuestion.objects.get(order=1)
    assert f'<span lang="fi">{question.question_fi}</span>' in approach
    assert f'<span class="key-questions__theme">{question.theme_en}</span>' in approach
