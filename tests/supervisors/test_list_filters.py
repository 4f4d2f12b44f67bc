"""
/tyonohjaajat/ filters the supervisors by form, sector, language and remote sessions with a
plain GET form; each card shows what a buyer compares; bad values get a Finnish message.

The example content: Aino (individual, group and managers' supervision; social care and
health care; Finnish and English; Helsinki, Espoo and remotely; STOry member, supervising
since 2012, a 60 op training) and Eero (group, community and situational supervision;
education, municipalities and NGOs; Finnish and Swedish; Tampere, not remotely; not a
member, since 2018, a 45 op training).
"""

import html
import re

import pytest
from django.core.cache import cache

from services.models import SupervisionForm
from supervisors import examples
from supervisors.models import Credential, Sector, Supervisor
from tests.support.bookings import make_supervisor

pytestmark = pytest.mark.django_db

LIST = "/tyonohjaajat/"


@pytest.fixture(autouse=True)
def example_content(settings, tmp_path, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SERVE_MEDIA = True
    with django_capture_on_commit_callbacks(execute=True):
        examples.load()


def shown(response):
    """The names on the cards of a list page."""
    return re.findall(r'class="person-card__link"[^>]*>([^<]+)</a>', response.content.decode())


def text(response):
    return html.unescape(response.content.decode())


def selected(response, name):
    select = re.search(rf'<select id="{name}" name="{name}".*?</select>', text(response), re.S)
    return re.findall(r"<option value=\"([^\"]*)\" selected>", select.group(0))


@pytest.mark.parametrize(
    ("query", "names"),
    [
        ({}, ["Aino Esimerkki", "Eero Esimerkki"]),
        ({"muoto": "yksilotyonohjaus"}, ["Aino Esimerkki"]),
        ({"muoto": "yhteisotyonohjaus"}, ["Eero Esimerkki"]),
        ({"muoto": "ryhmatyonohjaus"}, ["Aino Esimerkki", "Eero Esimerkki"]),
        ({"ala": "terveydenhuolto"}, ["Aino Esimerkki"]),
        ({"ala": "opetusala"}, ["Eero Esimerkki"]),
        ({"kieli": "sv"}, ["Eero Esimerkki"]),
        ({"kieli": "en"}, ["Aino Esimerkki"]),
        ({"kieli": "fi"}, ["Aino Esimerkki", "Eero Esimerkki"]),
        ({"eta": "kylla"}, ["Aino Esimerkki"]),
        ({"muoto": "ryhmatyonohjaus", "kieli": "sv"}, ["Eero Esimerkki"]),
        ({"muoto": "ryhmatyonohjaus", "ala": "sosiaaliala", "eta": "kylla"}, ["Aino Esimerkki"]),
        ({"muoto": "", "ala": "", "kieli": ""}, ["Aino Esimerkki", "Eero Esimerkki"]),
    ],
)
def test_each_filter_and_their_combinations_show_the_supervisors_who_match(client, query, names):
    response = client.get(LIST, query)

    assert response.status_code == 200
    assert shown(response) == names
    for name, value in query.items():
        if value and name != "eta":
            assert selected(response, name) == [value]


def test_a_filtered_list_says_how_many_match_and_offers_to_clear(client):
    page = text(client.get(LIST, {"kieli": "sv"}))

    assert "Valintojanne vastaa 1 työnohjaaja (kaikkiaan 2)." in page
    assert re.search(r'<a class="button button--secondary" href="/tyonohjaajat/">Tyhjentäkää', page)
    assert "Valintojanne vastaa" not in text(client.get(LIST))


def test_the_filter_form_works_without_javascript_and_offers_only_what_someone_has(client):
    page = text(client.get(LIST))

    form = re.search(r'<form class="supervisor-filter".*?</form>', page, re.S).group(0)
    assert 'method="get" action="/tyonohjaajat/"' in form
    assert "<script" not in form
    assert '<button type="submit" class="button">Hakekaa työnohjaajat</button>' in form
    languages = re.search(r'<select id="kieli".*?</select>', form, re.S).group(0)
    assert re.findall(r">([^<]+)</option>", languages) == [
        "Kaikki kielet",
        "suomi",
        "ruotsi",
        "englanti",
    ]
    sectors = re.search(r'<select id="ala".*?</select>', form, re.S).group(0)
    # The shared list holds more sectors (Seurakunnat, Yritykset…): only those someone knows.
    assert "Seurakunnat" not in sectors
    assert "Terveydenhuolto" in sectors
    assert "Järjestöt" in sectors
    assert 'type="checkbox" id="eta" name="eta" value="kylla"' in form
    assert '<label for="eta">Tapaa myös etänä</label>' in form


def test_no_match_says_so_and_leads_back_to_all_supervisors(client):
    response = client.get(LIST, {"muoto": "yhteisotyonohjaus", "eta": "kylla"})

    page = text(response)
    assert response.status_code == 200
    assert shown(response) == []
    assert "Kukaan työnohjaajistamme ei vastaa kaikkia valintojanne." in page
    assert '<a class="button" href="/tyonohjaajat/">Kaikki työnohjaajat</a>' in page
    assert 'href="/ota-yhteytta/"' in page


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"muoto": "ei-tallaista"}, "Kukaan työnohjaajistamme ei tarjoa tätä työnohjauksen"),
        ({"ala": "<script>alert(1)</script>"}, "Tätä toimialaa ei ole luettelossa."),
        ({"kieli": "xx"}, "Kukaan työnohjaajistamme ei työskentele tällä kielellä."),
        ({"eta": "joo"}, "Rastittakaa ruutu"),
    ],
)
def test_a_value_not_among_the_choices_gets_a_finnish_message_and_400(client, query, message):
    response = client.get(LIST, query)

    page = text(response)
    assert response.status_code == 400
    assert "Tarkistakaa valinnat" in page
    assert message in page
    assert "<script>alert" not in response.content.decode()
    # The valid filters (none here) still apply: every supervisor is shown under the message.
    assert shown(response) == ["Aino Esimerkki", "Eero Esimerkki"]


def test_a_bad_value_beside_a_good_one_keeps_the_good_one(client):
    response = client.get(LIST, {"kieli": "sv", "muoto": "ei-tallaista"})

    assert response.status_code == 400
    assert shown(response) == ["Eero Esimerkki"]
    assert 'aria-invalid="true" aria-describedby="muoto-virhe"' in response.content.decode()


def test_a_form_nobody_published_offers_is_no_choice(client):
    SupervisionForm.objects.filter(slug="tilannetyonohjaus").update(published=False)
    Supervisor.objects.get(slug="eero-esimerkki").save()  # a content change: a new version

    response = client.get(LIST, {"muoto": "tilannetyonohjaus"})

    assert response.status_code == 400
    assert 'value="tilannetyonohjaus"' not in response.content.decode()


def test_each_variant_is_cached_apart_and_a_bad_one_never(client, django_assert_max_num_queries):
    cache.clear()
    first = shown(client.get(LIST, {"kieli": "sv"}))
    second = shown(client.get(LIST, {"kieli": "en"}))
    plain = shown(client.get(LIST))
    with django_assert_max_num_queries(1):
        again = shown(client.get(LIST, {"kieli": "sv"}))

    assert (first, second, again) == (["Eero Esimerkki"], ["Aino Esimerkki"], ["Eero Esimerkki"])
    assert plain == ["Aino Esimerkki", "Eero Esimerkki"]
    assert client.get(LIST, {"kieli": "xx"}).status_code == 400
    assert client.get(LIST, {"kieli": "xx"}).status_code == 400


def test_an_edit_shows_on_a_filtered_list_at_once(client):
    assert shown(client.get(LIST, {"eta": "kylla"})) == ["Aino Esimerkki"]
    eero = Supervisor.objects.get(slug="eero-esimerkki")
    eero.works_remotely = True
    eero.save()

    assert shown(client.get(LIST, {"eta": "kylla"})) == ["Aino Esimerkki", "Eero Esimerkki"]


def test_each_card_shows_training_membership_experience_sectors_and_languages(client):
    page = text(client.get(LIST))

    aino, eero = re.findall(r'<li class="person-card">.*?</li>\s*(?=<li|</ul>)', page, re.S)
    assert "Esimerkkipätevyys: työnohjaajakoulutus, 60 op · STOryn jäsen" in aino
    assert "Työnohjaajana vuodesta 2012" in aino
    assert "Sosiaaliala, Terveydenhuolto" in aino
    assert "suomi, englanti" in aino
    assert "Helsinki, Espoo · myös etänä" in aino
    assert "Esimerkkipätevyys: työnohjaajakoulutus, 45 op</dd>" in eero
    assert "STOry" not in eero
    assert "Työnohjaajana vuodesta 2018" in eero
    assert "Järjestöt, Kunta-ala, Opetusala" in eero  # in the shared list's order
    assert "suomi, ruotsi" in eero
    assert "etänä" not in eero
    # Other professional background is for the profile, not the card.
    assert "sairaanhoitaja" not in aino


def test_a_card_without_qualifications_shows_none_of_their_labels(client):
    make_supervisor(slug="uusi", name="Uusi Ohjaaja", published=True, works_remotely=False)

    page = text(client.get(LIST))
    card = re.search(
        r'<li class="person-card">(?:(?!<li class="person-card">).)*Uusi Ohjaaja.*?</li>',
        page,
        re.S,
    ).group(0)
    assert "<dl" not in card
    assert "vuodesta" not in card


@pytest.mark.parametrize("query", [{}, {"ala": "sosiaaliala", "kieli": "fi", "eta": "kylla"}])
def test_the_list_costs_the_same_queries_however_many_supervisors(
    client, query, django_assert_max_num_queries
):
    forms = list(SupervisionForm.objects.all())
    sectors = Sector.objects.filter(slug__in=["sosiaaliala", "seurakunnat"])
    for number in range(12):
        supervisor = make_supervisor(
            slug=f"lisa-{number}", name=f"Lisä {number}", published=True, languages=["fi"]
        )
        supervisor.forms.set(forms[:3])
        supervisor.sectors.set(sectors)
        Credential.objects.create(
            supervisor=supervisor, kind="supervisor_training", title="Koulutus", credits=60
        )
    cache.clear()

    with django_assert_max_num_queries(8):
        response = client.get(LIST, query)

    assert response.status_code == 200
    assert len(shown(response)) == 13 if query else 14


def test_a_head_request_caches_the_variant_it_was_asked_for(client):
    cache.clear()
    client.head(LIST, {"kieli": "sv"})

    assert shown(client.get(LIST, {"kieli": "sv"})) == ["Eero Esimerkki"]
