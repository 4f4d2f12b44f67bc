"""
The third revision of the seeded texts (one voice, plain Finnish) corrects a text only while it
reads as the earlier migrations left it; the privacy statement line by line.
"""

import importlib

import pytest
from django.apps import apps
from reversion.models import Version

from faq.models import Question
from services import voice_revision
from services.models import Page, SiteDetails, SupervisionForm
from tests.support.factories import revise_seeded_texts

pytestmark = pytest.mark.django_db

services_migration = importlib.import_module("services.migrations.0011_one_voice")
map_migration = importlib.import_module("community_map.migrations.0010_one_voice")
faq_migration = importlib.import_module("faq.migrations.0004_one_voice")
supervisors_migration = importlib.import_module("supervisors.migrations.0004_one_voice")

PRIVACY_LINE = "Sinulla on oikeus"


def all_seeded_texts():
    texts = set()
    for migration in (services_migration, map_migration, faq_migration, supervisors_migration):
        for originals in migration.seeded_texts().values():
            texts |= originals
    return texts


def test_every_correction_changes_some_seeded_text():
    seeded = "\n\n".join(all_seeded_texts())

    unused = [old for old, _new in voice_revision.CORRECTIONS if old not in seeded]

    assert unused == []


def test_a_seeded_text_is_corrected_and_a_staff_edited_text_is_left_alone():
    Page.objects.filter(slug="ota-yhteytta").update(title="Laita viestiä")
    staff_lead = "Tutustu työnohjaajiimme: henkilökunnan oma, muokattu teksti."
    seeded_list_page = supervisors_migration.list_page.LIST_PAGE
    Page.objects.filter(slug="tyonohjaajat").update(
        lead=staff_lead, meta_description=seeded_list_page["meta_description"]
    )
    Question.objects.filter(question__startswith="Miten löydämme").update(
        question="Miten valitsemme sopivan työnohjaajan?"
    )
    SiteDetails.objects.update(crisis_note=voice_revision.CRISIS_NOTE)

    revise_seeded_texts(apps)

    assert Page.objects.get(slug="ota-yhteytta").title == "Laittakaa viestiä"
    supervisors = Page.objects.get(slug="tyonohjaajat")
    assert supervisors.lead == staff_lead
    assert supervisors.meta_description.endswith("Valitkaa teille sopiva työnohjaaja.")
    assert Question.objects.filter(question="Miten löydämme meille sopivan työnohjaajan?").exists()
    assert SiteDetails.load().crisis_note == voice_revision.REVISED_CRISIS_NOTE


def test_the_privacy_statement_is_revised_line_by_line_and_recorded():
    page = Page.objects.get(slug="tietosuoja")
    staff_line = "Sinulla on myös oikeus pyytää tiedot meiltä kirjallisesti."
    body = page.body.replace("Teillä on oikeus", PRIVACY_LINE).replace(
        "- pyytää tietojenne poistamista", "- pyytää tietojesi poistamista"
    )
    body = body.replace("- pyytää tietojenne käsittelyn rajoittamista", staff_line).replace(
        "\n", "\r\n"
    )
    Page.objects.filter(pk=page.pk).update(body=body)
    versions = Version.objects.get_for_object(page).count()

    voice_revision.revise_privacy_statement(apps)

    page.refresh_from_db()
    assert "Teillä on oikeus\n" in page.body
    assert "- pyytää tietojenne poistamista" in page.body
    assert staff_line in page.body
    assert "\r\n" not in page.body
    recorded = Version.objects.get_for_object(page)
    assert recorded.count() == versions + 1
    assert "teitittelee" in recorded.first().revision.comment


def test_a_privacy_statement_without_seeded_lines_is_left_alone():
    Page.objects.filter(slug="tietosuoja").update(body="Henkilökunnan oma seloste.")
    page = Page.objects.get(slug="tietosuoja")
    versions = Version.objects.get_for_object(page).count()

    voice_revision.revise_privacy_statement(apps)

    page.refresh_from_db()
    assert page.body == "Henkilökunnan oma seloste."
    assert Version.objects.get_for_object(page).count() == versions


def test_revising_again_changes_nothing_more():
    before = {
        "pages": list(Page.objects.order_by("pk").values_list("title", "lead", "body")),
        "questions": list(Question.objects.order_by("pk").values_list("question", "answer")),
    }

    revise_seeded_texts(apps)
    voice_revision.revise_privacy_statement(apps)

    assert before == {
        "pages": list(Page.objects.order_by("pk").values_list("title", "lead", "body")),
        "questions": list(Question.objects.order_by("pk").values_list("question", "answer")),
    }


def test_the_supervision_of_a_whole_work_community_has_its_own_format(client):
    community = SupervisionForm.objects.get(slug="yhteisotyonohjaus")

    html = client.get("/palvelut/").content.decode()
    contact = client.get("/ota-yhteytta/").content.decode()

    assert community.format == SupervisionForm.Format.COMMUNITY
    assert '<p class="card__format">Työyhteisö</p>' in html
    assert str(community.pk) in contact.split('data-group-topics="')[1].split('"')[0]


def test_a_whole_work_community_set_by_staff_to_another_format_keeps_it():
    SupervisionForm.objects.filter(slug="yhteisotyonohjaus").update(format="either")

    services_migration.revise_texts(apps)

    assert SupervisionForm.objects.get(slug="yhteisotyonohjaus").format == "either"
