"""
A supervisor's qualifications as data: staff enter them in Finnish with checks, the profile
and its Person JSON-LD show them, the sectors are one list that booking and contact share,
and the free-text data of before is moved without loss.
"""

import html
import json
import re

import pytest
from django.test import Client
from django.utils import timezone

from supervisors.matching import sector_choices
from supervisors.models import Credential, Sector, Supervisor
from tests.support.admin_forms import in_finnish_fields
from tests.support.bookings import make_supervisor
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db

ADD = "/hallinta/supervisors/supervisor/add/"
NEXT_YEAR = timezone.localdate().year + 1


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_content_editor())
    return client


def admin_data(credentials=(), **changes):
    """The admin form of a new supervisor, with ``credentials`` as rows of the inline."""
    data = {
        "name": "Testi Ohjaaja",
        "slug": "testi-ohjaaja",
        "role": "Työnohjaaja",
        "introduction": "Hei.",
        "body": "",
        "published": "on",
        "languages": ["fi"],
        "places": "",
        "methods": "",
        "works_remotely": "on",
        "email": "",
        "phone": "",
        "supervising_since": "",
        "story_register_url": "",
        "credentials-TOTAL_FORMS": str(len(credentials)),
        "credentials-INITIAL_FORMS": "0",
    }
    for index, row in enumerate(credentials):
        values = {"kind": "supervisor_training", "title": "Työnohjaajakoulutus", **row}
        for name, value in in_finnish_fields(Credential, values).items():
            data[f"credentials-{index}-{name}"] = value
        data[f"credentials-{index}-order"] = str(index)
    return in_finnish_fields(Supervisor, {**data, **changes})


def errors(response):
    return html.unescape(
        " ".join(
            re.findall(
                r'<ul class="errorlist[^"]*"[^>]*>(.*?)</ul>', response.content.decode(), re.S
            )
        )
    )


def test_staff_enter_qualifications_in_the_finnish_admin(editor):
    form = html.unescape(editor.get(ADD).content.decode())
    for text in [
        "Pätevyys",
        "Työnohjaajana vuodesta",
        "STOry-jäsen",
        "Linkki STOryn jäsenrekisteriin",
        "Koulutus ja pätevyydet",
        "Laajuus (op)",
        "Oppilaitos tai myöntäjä",
        "Menetelmät",
        "Ostajat vertailevat näitä",
    ]:
        assert text in form, text
    health = Sector.objects.get(slug="terveydenhuolto")

    response = editor.post(
        ADD,
        admin_data(
            credentials=[
                {"issuer": "Oppilaitos", "credits": "60", "year": "2014"},
                {
                    "kind": "background",
                    "title": "Sairaanhoitaja (AMK)",
                    "verification_url": "julkiterhikki.valvira.fi",
                },
            ],
            supervising_since="2 015",
            story_member="on",
            story_register_url="https://example.com/rekisteri/testi",
            sectors=[str(health.pk)],
            methods="ratkaisukeskeinen, dialoginen",
        ),
    )

    assert response.status_code == 302, errors(response)
    supervisor = Supervisor.objects.get(slug="testi-ohjaaja")
    assert supervisor.supervising_since == 2015
    assert supervisor.story_member
    assert supervisor.sector_list == ["Terveydenhuolto"]
    assert supervisor.method_list == ["ratkaisukeskeinen", "dialoginen"]
    training, background = supervisor.credentials.all()
    assert (training.kind, training.credits, training.year) == ("supervisor_training", 60, 2014)
    assert background.verification_url == "https://julkiterhikki.valvira.fi"
    assert supervisor.training_summary == "Työnohjaajakoulutus, 60 op, Oppilaitos, 2014"
    assert [c.title for c in supervisor.professional_background] == ["Sairaanhoitaja (AMK)"]


@pytest.mark.parametrize(
    ("changes", "rows", "message"),
    [
        ({"supervising_since": str(NEXT_YEAR)}, [], "Vuosi ei voi olla tulevaisuudessa"),
        ({"supervising_since": "1949"}, [], "Anna vuosi 1950 tai myöhempi."),
        ({"supervising_since": "2012,5"}, [], "Kirjoita kokonaisluku"),
        ({}, [{"credits": "0"}], "Laajuus on positiivinen määrä opintopisteitä (op)."),
        ({}, [{"credits": "6000"}], "Anna laajuus opintopisteinä (op), enintään 400."),
        ({}, [{"year": str(NEXT_YEAR)}], "Vuosi ei voi olla tulevaisuudessa"),
        ({}, [{"year": "1900"}], "Anna vuosi 1950 tai myöhempi."),
        (
            {"story_register_url": "https://example.com/rekisteri/testi"},
            [],
            "Jäsenrekisterissä on vain STOryn jäseniä",
        ),
    ],
)
def test_the_admin_refuses_impossible_qualifications_in_finnish(editor, changes, rows, message):
    response = editor.post(ADD, admin_data(credentials=rows, **changes))

    assert response.status_code == 200
    assert message in errors(response)
    assert not Supervisor.objects.filter(slug="testi-ohjaaja").exists()


def test_the_sector_list_refuses_the_reserved_key_of_other(editor):
    response = editor.post(
        "/hallinta/supervisors/sector/add/",
        in_finnish_fields(Sector, {"name": "Muu", "slug": "muu"}),
    )

    assert response.status_code == 200
    assert "Tunnus ”muu” on varattu" in errors(response)


def test_sectors_are_one_list_for_the_profiles_booking_and_contact(client):
    make_supervisor(slug="a", name="A", sectors="sosiaaliala, Uusi ala", published=True)
    make_supervisor(slug="b", name="B", sectors="SOSIAALIALA", published=True)
    make_supervisor(slug="c", name="C", sectors="seurakunnat", published=False)

    assert Sector.objects.filter(slug="sosiaaliala").count() == 1
    assert sector_choices() == [
        ("sosiaaliala", "Sosiaaliala"),
        ("uusi-ala", "Uusi ala"),
        ("muu", "Muu"),
    ]
    booking = html.unescape(client.get("/ajanvaraus/").content.decode())
    options = re.search(r'<select id="ala".*?</select>', booking, re.S).group(0)
    assert re.findall(r">([^<]+)</option>", options) == [
        "Ei valittu",
        "Sosiaaliala",
        "Uusi ala",
        "Muu",
    ]

    Sector.objects.filter(slug="sosiaaliala").update(name="Sosiaalipalvelut")
    Sector.objects.get(slug="sosiaaliala").save()  # a content change: the pages follow

    assert "Sosiaalipalvelut" in client.get("/tyonohjaajat/").content.decode()
    assert "Sosiaalipalvelut" in client.get("/ajanvaraus/").content.decode()


def test_a_sector_matches_without_a_query_per_supervisor(django_assert_max_num_queries):
    people = [
        make_supervisor(slug=f"p{n}", name=f"P{n}", sectors="opetusala", published=True)
        for n in range(6)
    ]
    people = list(Supervisor.objects.filter(pk__in=[p.pk for p in people]))

    with django_assert_max_num_queries(1):
        assert all(person.works_in("opetusala") for person in people)
        assert not any(person.works_in("sosiaaliala") for person in people)


def profile(client, slug):
    content = client.get(f"/tyonohjaajat/{slug}/").content.decode()
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', content, re.S)
    person = next(item for item in map(json.loads, blocks) if item["@type"] == "Person")
    return html.unescape(content), person


@pytest.fixture
def qualified():
    supervisor = make_supervisor(
        slug="kaisa-testi",
        name="Kaisa Testi",
        sectors="terveydenhuolto, sosiaaliala",
        published=True,
        languages=["fi", "sv"],
        places="Turku, Salo",
        methods="ratkaisukeskeinen",
        supervising_since=2012,
        story_member=True,
        story_register_url="https://example.com/rekisteri/kaisa",
    )
    Credential.objects.create(
        supervisor=supervisor,
        kind=Credential.Kind.SUPERVISOR_TRAINING,
        title="Työnohjaajakoulutus",
        issuer="Testiopisto",
        credits=60,
        year=2011,
        order=0,
    )
    Credential.objects.create(
        supervisor=supervisor,
        kind=Credential.Kind.BACKGROUND,
        title="Sairaanhoitaja (AMK)",
        issuer="Testiammattikorkeakoulu",
        year=2001,
        verification_url="https://julkiterhikki.valvira.fi/",
        order=1,
    )
    return supervisor


def test_the_profile_shows_training_membership_experience_and_background(client, qualified):
    page, _person = profile(client, "kaisa-testi")

    assert "Työnohjaajakoulutus, 60 op" in page
    assert "Suomen työnohjaajat ry:n (STOry) jäsen" in page
    assert '<a href="https://example.com/rekisteri/kaisa" rel="noopener">Tarkistakaa STOryn' in page
    assert "Työnohjaajana vuodesta 2012" in page
    assert "Sosiaaliala, Terveydenhuolto" in page
    assert "Menetelmät</dt><dd>ratkaisukeskeinen" in page
    assert "Muu ammatillinen tausta" in page
    assert "60 op, Testiopisto, 2011" in page
    assert "Testiammattikorkeakoulu, 2001" in page
    assert 'href="https://julkiterhikki.valvira.fi/"' in page


def test_a_register_link_is_not_shown_once_the_membership_ends(client, qualified):
    Supervisor.objects.filter(pk=qualified.pk).update(story_member=False)
    qualified.refresh_from_db()
    qualified.save()

    page, person = profile(client, "kaisa-testi")

    assert "STOry" not in page.split("<main", 1)[1]
    assert "example.com/rekisteri" not in page
    assert "memberOf" not in person
    assert "sameAs" not in person


def test_the_person_json_ld_carries_the_qualifications(client, qualified):
    _page, person = profile(client, "kaisa-testi")

    training, background = person["hasCredential"]
    assert training == {
        "@type": "EducationalOccupationalCredential",
        "name": "Työnohjaajakoulutus",
        "credentialCategory": "Työnohjaajakoulutus",
        "description": "Työnohjaajakoulutus, 60 op, Testiopisto, 2011",
        "recognizedBy": {"@type": "Organization", "name": "Testiopisto"},
        "dateCreated": "2011",
    }
    assert background["credentialCategory"] == "Muu ammatillinen tausta"
    assert background["url"] == "https://julkiterhikki.valvira.fi/"
    assert person["memberOf"] == {
        "@type": "Organization",
        "name": "Suomen työnohjaajat ry",
        "alternateName": "STOry",
        "url": "https://www.suomentyonohjaajat.fi/",
    }
    assert person["sameAs"] == ["https://example.com/rekisteri/kaisa"]
    assert person["knowsLanguage"] == ["fi", "sv"]
    assert person["knowsAbout"] == ["Sosiaaliala", "Terveydenhuolto", "ratkaisukeskeinen"]
    assert [place["address"]["addressLocality"] for place in person["workLocation"]] == [
        "Turku",
        "Salo",
    ]
    assert person["hasOccupation"]["startDate"] == "2012"
    assert person["hasOccupation"]["hasOccupation"]["name"] == "Työnohjaaja"


def test_a_profile_without_qualifications_claims_none(client):
    make_supervisor(slug="uusi", name="Uusi Ohjaaja", published=True)

    page, person = profile(client, "uusi")

    for key in ("hasCredential", "memberOf", "hasOccupation", "knowsAbout", "workLocation"):
        assert key not in person
    assert "Koulutus ja pätevyydet" not in page
    assert "vuodesta" not in page


def test_a_supplier_sheet_reads_every_fact_in_a_fixed_number_of_queries(
    qualified, django_assert_max_num_queries
):
    make_supervisor(slug="toinen", name="Toinen", sectors="opetusala", published=True)

    with django_assert_max_num_queries(4):
        people = list(Supervisor.objects.published().with_qualifications())
        facts = [
            (
                p.training_summary,
                p.story_member,
                p.supervising_since_text,
                p.sector_list,
                p.language_names,
                p.form_names,
                [c.summary for c in p.professional_background],
            )
            for p in people
        ]

    assert facts[0] == (  # Kaisa, then Toinen, by name
        "Työnohjaajakoulutus, 60 op, Testiopisto, 2011",
        True,
        "työnohjaajana vuodesta 2012",
        ["Sosiaaliala", "Terveydenhuolto"],
        ["suomi", "ruotsi"],
        [],
        ["Sairaanhoitaja (AMK), Testiammattikorkeakoulu, 2001"],
    )
    assert facts[1][:3] == ("", False, "")


def test_years_of_supervising_count_from_the_year_given():
    supervisor = Supervisor(supervising_since=timezone.localdate().year - 12)

    assert supervisor.years_supervising == 12
    assert Supervisor().years_supervising is None
    assert Supervisor().supervising_since_text == ""


@pytest.mark.django_db(transaction=True)
def test_migrating_moves_free_text_sectors_and_credentials_without_loss():
    """The whole way through the schema: free-text sectors become the list, nothing is lost."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = [("supervisors", "0005_qualifications")]
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    executor.migrate(before)
    try:
        old_apps = executor.loader.project_state(before).apps
        OldSupervisor = old_apps.get_model("supervisors", "Supervisor")
        OldCredential = old_apps.get_model("supervisors", "Credential")
        OldSector = old_apps.get_model("supervisors", "Sector")
        OldSector.objects.all().delete()  # as before 0006 first ran
        aino = OldSupervisor.objects.create(
            name="Aino", slug="aino", role="x", introduction="x",
            sectors_text="sosiaaliala, Terveydenhuolto , järjestöt",
        )  # fmt: skip
        eero = OldSupervisor.objects.create(
            name="Eero", slug="eero", role="x", introduction="x",
            sectors_text="Järjestöt, Muu, Erityisala",
        )  # fmt: skip
        for title, issuer in [
            ("Työnohjaajakoulutus 60 op", "Opisto"),
            ("Sairaanhoitaja (AMK)", "Ammattikorkeakoulu"),
            ("Ratkaisukeskeinen koulutus", "Työnohjauksen instituutti"),
        ]:
            OldCredential.objects.create(supervisor=aino, title=title, issuer=issuer, year=2010)
    finally:
        # Whatever happens, the database is left at the latest schema for the tests after.
        MigrationExecutor(connection).migrate(latest)

    aino, eero = Supervisor.objects.get(slug="aino"), Supervisor.objects.get(slug="eero")
    assert aino.sector_list == ["Järjestöt", "Sosiaaliala", "Terveydenhuolto"]
    assert eero.sector_list == ["Järjestöt", "Muu", "Erityisala"]
    assert Sector.objects.get(name="Muu").slug == "muu-toimiala"  # "muu" is the forms' own
    assert Sector.objects.filter(slug="jarjestot").count() == 1
    assert Sector.objects.filter(slug="yritykset").exists()  # the starting list
    credentials = {c.title: c for c in Credential.objects.all()}
    assert credentials["Työnohjaajakoulutus 60 op"].kind == "supervisor_training"
    assert credentials["Työnohjaajakoulutus 60 op"].credits == 60
    assert credentials["Sairaanhoitaja (AMK)"].kind == "background"
    assert credentials["Sairaanhoitaja (AMK)"].credits is None
    assert credentials["Ratkaisukeskeinen koulutus"].kind == "supervisor_training"
    assert {c.year for c in credentials.values()} == {2010}
