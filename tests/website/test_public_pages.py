"""Every public page answers with its seeded Finnish content, well-formed for people and bots."""

import pytest

from services.models import KeyQuestion, Page, SupervisionForm
from tests.support.html import PageOutline
from tests.support.pages import (
    ALL_PUBLIC_PAGES,
    CALL_TO_ACTION_PAGES,
    FORM_NAMES,
    FORM_SLUGS,
    PUBLIC_PAGES,
    UNCACHED_PUBLIC_PAGES,
    page_queries,
)

pytestmark = pytest.mark.django_db

SEED_QUESTIONS = [
    "Miten perustehtävä onnistuu ja miten sitä voidaan kehittää?",
    "Millainen vuorovaikutus tukee työn tekemistä?",
    "Millaiset työn ja yhteistyön rakenteet palvelevat työn tekemistä?",
    "Millainen tunnemaailma yhteisössä tukee perustehtävän parasta mahdollista toteutumista?",
    "Miten ammatillista oppimista ja kehittymistä tuetaan?",
    "Millaista johtajuutta yhteisössä tarvitaan?",
]


@pytest.mark.parametrize(("url", "text"), ALL_PUBLIC_PAGES.items())
def test_public_page_shows_its_seeded_finnish_content(client, url, text):
    response = client.get(url)

    assert response.status_code == 200
    assert text in response.content.decode()


@pytest.mark.parametrize("url", ALL_PUBLIC_PAGES)
def test_public_page_is_well_formed(client, url):
    outline = PageOutline(client.get(url).content.decode())

    assert outline.lang == "fi"
    assert outline.h1_count == 1
    assert outline.title.strip()
    assert len(outline.meta.get("description", "")) >= 50
    assert outline.meta.get("viewport")


def test_every_public_page_has_a_unique_title(client):
    titles = [PageOutline(client.get(url).content.decode()).title for url in ALL_PUBLIC_PAGES]

    assert len(set(titles)) == len(titles)


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_page_renders_with_at_most_five_queries(client, url, django_assert_max_num_queries):
    # The page's own (tests/support/pages.py: four for a content page), one for the
    # staff-managed main menu, and on a page with the call to action one asking whether any
    # supervisor has a free time to book (booking.availability); the last two are cached
    # with the content version, so they cost nothing warm.
    with django_assert_max_num_queries(page_queries(url) + 1 + (url in CALL_TO_ACTION_PAGES)):
        response = client.get(url)

    assert response.status_code == 200


def test_home_page_shows_every_form_as_a_card_and_invites_a_message(client):
    html = client.get("/").content.decode()

    for slug, name in zip(FORM_SLUGS, FORM_NAMES, strict=True):
        assert f'href="/palvelut/{slug}/"' in html
        assert name in html
    assert 'href="/ota-yhteytta/"' in html
    assert "Laita viestiä" in html


def test_service_list_shows_the_forms_in_their_order(client):
    html = client.get("/palvelut/").content.decode()

    positions = [html.index(f'href="/palvelut/{slug}/"') for slug in FORM_SLUGS]
    assert positions == sorted(positions)


@pytest.mark.parametrize("slug", FORM_SLUGS)
def test_form_page_invites_a_message_about_that_form(client, slug):
    html = client.get(f"/palvelut/{slug}/").content.decode()

    assert f'href="/ota-yhteytta/?aihe={slug}"' in html


def test_form_page_shows_who_it_is_for_and_its_format(client):
    form = SupervisionForm.objects.get(slug="tilannetyonohjaus")

    html = client.get(form.get_absolute_url()).content.decode()

    assert "Kenelle" in html
    assert form.audience in html
    assert "Yksi henkilö tai ryhmä" in html


def test_approach_page_lists_the_six_key_questions_in_order(client):
    html = client.get("/tyootteemme/").content.decode()

    positions = [html.index(question) for question in SEED_QUESTIONS]
    assert positions == sorted(positions)
    assert html.count('class="key-questions__item"') == 6


def test_approach_page_hides_an_unpublished_question(client):
    KeyQuestion.objects.filter(order=2).update(published=False)

    html = client.get("/tyootteemme/").content.decode()

    assert SEED_QUESTIONS[1] not in html
    assert SEED_QUESTIONS[0] in html


def test_session_length_and_process_are_told_where_they_belong(client):
    # The home page links to how supervision starts rather than repeating it (issue 11).
    assert 'href="/nain-aloitamme/"' in client.get("/").content.decode()
    start = client.get("/nain-aloitamme/").content.decode()
    assert "90–120 minuuttia" in start
    assert "muutamasta istunnosta useiden vuosien prosesseihin" in start
    assert "Yleensä 90–120 minuuttia" in client.get("/palvelut/ryhmatyonohjaus/").content.decode()


def test_community_dialogue_page_covers_the_community_dynamic_view(client):
    html = client.get("/yhteisollinen-dialogi/").content.decode().lower()

    themes = ("perustehtävä", "vuorovaikutus", "rakentee", "tunnemaailma", "oppiminen", "johtajuus")
    for theme in themes:
        assert theme in html


def test_long_page_has_a_table_of_contents_and_a_back_to_top_link(client):
    html = client.get("/tietosuoja/").content.decode()

    assert "Tällä sivulla" in html
    assert 'href="#osio-' in html
    assert '<a href="#alkuun">Sivun alkuun</a>' in html
    assert 'id="alkuun"' in html


def test_short_page_has_no_table_of_contents(client):
    Page.objects.filter(slug="vaikuttavuus").update(
        body="Lyhyt teksti.\n\n## Yksi otsikko\n\nTeksti."
    )

    html = client.get("/vaikuttavuus/").content.decode()

    assert "Tällä sivulla" not in html


def test_footer_shows_the_contact_details_and_statement_links(client):
    html = client.get("/vaikuttavuus/").content.decode()

    assert "info@example.com" in html
    assert "+358 40 123 4567" in html
    assert 'href="/tietosuoja/"' in html
    assert 'href="/saavutettavuus/"' in html


def test_footer_shows_the_business_id_once_it_is_set(client):
    from services.models import SiteDetails

    details = SiteDetails.load()
    details.business_id = "0737546-2"
    details.save()

    assert "Y-tunnus: 0737546-2" in client.get("/").content.decode()


def test_benefits_presentation_is_a_sequence_of_linked_slides(client):
    page = Page.objects.get(slug="hyodyt")

    html = client.get("/hyodyt/").content.decode()

    assert len(page.slides) >= 5
    for number in range(1, len(page.slides) + 1):
        assert f'id="dia-{number}"' in html
    assert 'href="#dia-2">Seuraava dia' in html
    assert "js/slides.js" in html


def test_home_address_of_the_home_page_content_redirects_to_the_front_page(client):
    response = client.get("/etusivu/")

    assert response.status_code == 301
    assert response["Location"] == "/"


@pytest.mark.parametrize("url", UNCACHED_PUBLIC_PAGES)
def test_app_pages_are_rendered_afresh_and_never_stored(client, url):
    # The booking page's free times and the team map's form (CSRF) must come from this request.
    client.get(url)
    response = client.get(url)

    assert response.status_code == 200
    cache_control = response.get("Cache-Control", "")
    assert "no-store" in cache_control or "max-age=0" in cache_control or "private" in cache_control
    assert "ETag" not in response
