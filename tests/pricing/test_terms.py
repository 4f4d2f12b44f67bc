"""
Terms are never promised in vain: while a kind of term is not published, no public page, search
description or answer mentions it; once staff publish terms, the prices page shows them and the
texts that name terms name exactly the kinds that exist.
"""

import importlib
import re
from decimal import Decimal

import pytest
from django.apps import apps

from faq.models import Question
from pricing import terms
from pricing.models import PriceRow, PriceTerm
from services import terms_revision
from services.models import Page, SupervisionForm
from tests.support.html import PageOutline
from tests.support.pages import ALL_PUBLIC_PAGES

pytestmark = pytest.mark.django_db

kinds_migration = importlib.import_module("pricing.migrations.0004_price_term_kinds")
services_revision = importlib.import_module("services.migrations.0013_terms_not_promised")
faq_revision = importlib.import_module("faq.migrations.0005_terms_not_promised")

# Words that promise terms (cancellation, travel, invoicing, remote sessions, terms at all).
PROMISES = re.compile(
    r"\behdo(?:t|issa|ista|ihin)\b|\behtoja\b|peruutusehd|matkakul|matka-|laskutusehd|"
    r"etäistuntojen ehd",
    re.IGNORECASE,
)
ALL_TERMS = [
    (PriceTerm.Kind.CANCELLATION, "Peruutusehdot", "Peruutus viimeistään viikkoa ennen."),
    (PriceTerm.Kind.TRAVEL, "Matkakulut", "Matkakulut laskutetaan toteutuneiden mukaan."),
    (PriceTerm.Kind.INVOICING, "Laskutus", "Maksuaika 14 päivää netto."),
]


def make_term(kind, title, body, **overrides):
    return PriceTerm.objects.create(kind=kind, title=title, body=body, **overrides)


def make_price():
    return PriceRow.objects.create(
        what="Yksilötyönohjaus",
        form=SupervisionForm.objects.get(slug="yksilotyonohjaus"),
        unit="istunto 90 min",
        price=Decimal("120.00"),
        published=True,
    )


def promises_in(text):
    return sorted({match.lower() for match in PROMISES.findall(text)})


def description_of(html):
    return PageOutline(html).meta["description"]


@pytest.mark.parametrize("url", ALL_PUBLIC_PAGES)
def test_without_terms_no_public_page_or_description_promises_them(client, url):
    make_price()  # a form page then shows its price and the link to all prices
    make_term(PriceTerm.Kind.CANCELLATION, "Peruutusehdot", "Luonnos.", published=False)

    html = client.get(url).content.decode()

    assert promises_in(description_of(html)) == []
    assert promises_in(html) == []


def test_with_every_kind_entered_the_prices_page_shows_them_and_names_them(client):
    for order, (kind, title, body) in enumerate(ALL_TERMS):
        make_term(kind, title, body, order=order)

    for url in ("/hinnat/", "/hinnat/yksityishenkilo/"):
        html = client.get(url).content.decode()

        assert '<h2 id="ehdot">Ehdot</h2>' in html
        for _kind, title, body in ALL_TERMS:
            assert f"<h3>{title}</h3>" in html
            assert body in html
        assert description_of(html).endswith(
            "Sivulla myös peruutusehdot, matkakulut ja laskutusehdot."
        )
        assert promises_in(description_of(html)) == ["laskutusehd", "matkakul", "peruutusehd"]


def test_the_description_names_only_the_kinds_present(client):
    make_term(PriceTerm.Kind.TRAVEL, "Matkakulut", "Matkat pääkaupunkiseudun ulkopuolelle.")
    make_term(PriceTerm.Kind.OTHER, "Etäistunnot", "Etäistunnot Teamsilla.")

    description = description_of(client.get("/hinnat/").content.decode())

    assert description == (
        "Työnohjauksen hinnat organisaatioille arvonlisäverottomina ja yksityishenkilöille "
        "arvonlisäveroineen. Sivulla myös matkakulut."
    )


def test_an_unpublished_term_is_neither_shown_nor_named(client):
    make_term(PriceTerm.Kind.INVOICING, "Laskutus", "Salainen luonnos.", published=False)

    html = client.get("/hinnat/").content.decode()

    assert "Salainen luonnos" not in html
    assert "laskutusehdot" not in description_of(html)


def test_the_form_page_link_names_terms_only_once_they_exist(client):
    make_price()
    url = "/palvelut/yksilotyonohjaus/"

    assert ">Kaikki hinnat</a>" in client.get(url).content.decode()

    make_term(PriceTerm.Kind.OTHER, "Etäistunnot", "Etäistunnot sovitaan erikseen.")

    assert ">Kaikki hinnat ja ehdot</a>" in client.get(url).content.decode()


def test_published_terms_are_read_once_per_content_version(django_assert_num_queries):
    make_term(PriceTerm.Kind.CANCELLATION, "Peruutusehdot", "Peruutus viikkoa ennen.")

    with django_assert_num_queries(1):
        assert [term.title for term in terms.published_terms()] == ["Peruutusehdot"]
        assert terms.published_kinds() == {PriceTerm.Kind.CANCELLATION}
        assert terms.missing_kinds() == [PriceTerm.Kind.TRAVEL, PriceTerm.Kind.INVOICING]
        assert terms.terms_of_kind(PriceTerm.Kind.TRAVEL) == []


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Peruutusehdot", "cancellation"),
        ("Peruutukset ja siirrot", "cancellation"),
        ("Matkakulut", "travel"),
        ("Laskutus", "invoicing"),
        ("Maksuehdot ja laskutus", "invoicing"),
        ("Etäistunnot", "other"),
    ],
)
def test_terms_written_before_kinds_get_the_kind_their_title_names(title, kind):
    term = PriceTerm.objects.create(title=title, body="Teksti.")

    kinds_migration.classify_terms(apps)

    term.refresh_from_db()
    assert term.kind == kind


def test_every_revision_changes_some_text_as_the_earlier_revisions_left_it():
    texts = set()
    for migration in (services_revision, faq_revision):
        for originals in migration.seeded_texts().values():
            texts |= originals
    seeded = "\n\n".join(texts)

    assert [old for old, _new in terms_revision.CORRECTIONS if old not in seeded] == []


def test_the_revision_leaves_a_text_staff_have_edited_alone():
    staff_description = "Hinnat sekä peruutus-, matka- ja laskutusehdot, henkilökunnan kirjoittama."
    Page.objects.filter(slug="hinnat").update(meta_description=staff_description)
    seeded_answer = next(
        text
        for text in faq_revision.seeded_texts()[("faq", "Question", "answer")]
        if "Etäistuntojen ehdot" in text
    )
    remote = Question.objects.get(question="Voiko työnohjauksen toteuttaa etänä?")
    Question.objects.filter(pk=remote.pk).update(answer=seeded_answer)

    services_revision.revise_texts(apps)
    faq_revision.revise_texts(apps)

    assert Page.objects.get(slug="hinnat").meta_description == staff_description
    remote.refresh_from_db()
    assert "Etäistuntojen ehdot" not in remote.answer
    assert remote.answer.strip().endswith("Toteutustapa sovitaan työnohjaussopimuksessa.")
