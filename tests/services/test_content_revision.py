"""The revision migrations revise the seeded texts, but never a text staff have edited."""

import pytest
from django.apps import apps

from community_map.models import Statement
from services import seed
from services.models import Page, SiteDetails, SupervisionForm
from tests.support.factories import revise_seeded_texts
from tests.support.pages import ALL_PUBLIC_PAGES

pytestmark = pytest.mark.django_db


def first_seed_page(slug):
    return next(page for page in seed.PAGES if page["slug"] == slug)


def test_a_seeded_text_is_corrected_and_a_staff_edited_text_is_left_alone():
    Page.objects.filter(slug="vaikuttavuus").update(body=first_seed_page("vaikuttavuus")["body"])
    staff_text = "Henkilökunnan oma teksti, jossa esimies ja tunneilmasto saavat jäädä."
    Page.objects.filter(slug="johtajuus").update(body=staff_text)
    Statement.objects.filter(text__contains="esihenkilö on tavoitettavissa").update(
        text="Työyhteisössämme esimies on tavoitettavissa, kun tarvitsemme tukea tai päätöksiä."
    )

    revise_seeded_texts(apps)

    revised = Page.objects.get(slug="vaikuttavuus").body
    assert "esimie" not in revised
    assert "Ohjaamamme esihenkilöt ja esihenkilöryhmät kertovat palautteissaan" in revised
    assert "tunnemaailman ja johtajuuden" in revised
    assert Page.objects.get(slug="johtajuus").body == staff_text
    assert Statement.objects.filter(text__startswith="Työyhteisössämme esihenkilö").exists()


def test_the_leadership_form_is_renamed_unless_staff_renamed_it():
    form = SupervisionForm.objects.get(slug="esihenkiloiden-tyonohjaus")
    original = seed.SUPERVISION_FORMS[-1]
    SupervisionForm.objects.filter(pk=form.pk).update(
        slug=original["slug"], name="Johdon työnohjaus", body=original["body"]
    )

    revise_seeded_texts(apps)

    form.refresh_from_db()
    assert form.slug == "esihenkiloiden-tyonohjaus"
    assert form.name == "Johdon työnohjaus"  # the staff's name is kept
    assert "## Esimerkkejä tilanteista" in form.body


def test_revising_twice_changes_nothing_more():
    before = list(Page.objects.order_by("pk").values_list("body", flat=True))

    revise_seeded_texts(apps)

    assert list(Page.objects.order_by("pk").values_list("body", flat=True)) == before


def test_fact_fields_and_crisis_note_are_filled_only_while_empty():
    SupervisionForm.objects.filter(slug="ryhmatyonohjaus").update(
        participants="Oma ryhmä", frequency=""
    )
    SiteDetails.objects.update(crisis_note="Oma kriisiohje.")

    revise_seeded_texts(apps)

    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    assert form.participants == "Oma ryhmä"
    assert form.frequency == "Tavallisesti muutaman viikon välein"
    assert SiteDetails.load().crisis_note == "Oma kriisiohje."


def test_the_seeded_crisis_note_names_a_real_crisis_line():
    note = SiteDetails.load().crisis_note
    assert "MIELI ry:n Kriisipuhelin" in note
    assert "09 2525 0111" in note
    assert "Työterveyshuolto" in note


def test_the_old_leadership_address_redirects_permanently(client):
    response = client.get("/palvelut/esimiesten-tyonohjaus/")

    assert response.status_code == 301
    assert response["Location"] == "/palvelut/esihenkiloiden-tyonohjaus/"
    assert client.get("/palvelut/tuntematon/").status_code == 404


def test_the_sitemap_and_structured_data_use_the_new_address(client):
    sitemap = client.get("/sitemap.xml").content.decode()
    page = client.get("/palvelut/esihenkiloiden-tyonohjaus/").content.decode()

    assert "/palvelut/esihenkiloiden-tyonohjaus/" in sitemap
    assert "esimiesten" not in sitemap
    assert '"name": "Esihenkilöiden työnohjaus"' in page or "Esihenkilöiden työnohjaus" in page
    assert "esimiesten" not in page


def test_the_contact_form_accepts_the_old_topic_address(client):
    form = SupervisionForm.objects.get(slug="esihenkiloiden-tyonohjaus")

    for slug in ("esimiesten-tyonohjaus", "esihenkiloiden-tyonohjaus"):
        html = client.get("/ota-yhteytta/", {"aihe": slug}).content.decode()
        assert f'<option value="{form.pk}" selected>' in html


@pytest.mark.parametrize("url", ALL_PUBLIC_PAGES)
def test_public_pages_use_todays_words_and_one_name_per_dimension(client, url):
    html = client.get(url).content.decode().lower()

    assert "esimie" not in html
    assert "tunneilmast" not in html
    assert "neljä näkökulmaa" not in html


def test_the_dialogue_page_names_the_maps_six_dimensions(client):
    html = client.get("/yhteisollinen-dialogi/").content.decode()

    assert "kuusi näkökulmaa" in html
    for name in ("Perustehtävä", "Vuorovaikutus", "Rakenteet", "Tunnemaailma", "Johtajuus"):
        assert f">{name}</h2>" in html
    assert ">Oppiminen ja kehittyminen</h2>" in html


@pytest.mark.parametrize(
    ("url", "singular", "plural"),
    [
        ("/hinnat/", "tilanteeseesi", "Jos ette löydä tilanteeseenne sopivaa hintaa"),
        ("/usein-kysyttya/", "omalta alaltasi", "Vertailkaa työnohjaajien koulutusta"),
        ("/nain-aloitamme/", "Kerro meille", "Kertokaa meille tilanteestanne"),
        ("/ota-yhteytta/", "Voit kirjoittaa", "Voitte kirjoittaa viestiin"),
        ("/ota-yhteytta/kiitos/", "Kiitos viestistäsi", "Kiitos viestistänne!"),
    ],
)
def test_pages_for_organisations_address_them_with_te(client, url, singular, plural):
    html = client.get(url).content.decode()

    assert plural in html
    assert singular not in html
