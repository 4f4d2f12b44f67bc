"""A team leader maps the team: five members answer, the leader reads, prints and sends the map."""

import re

import pytest
from playwright.sync_api import expect

from community_map.models import TeamResponse, TeamSurvey
from contact.models import Enquiry
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_contact import assert_accessible

LABELS = [
    "Täysin eri mieltä",
    "Jokseenkin eri mieltä",
    "Ei samaa eikä eri mieltä",
    "Jokseenkin samaa mieltä",
    "Täysin samaa mieltä",
]


def assert_accessible_at_both_widths(page):
    """Zero axe violations on the phone and on the desktop."""
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        assert_accessible(page)


def answer_as_member(page, member):
    """Each member rates each statement differently, so that the team's answers spread."""
    statements = page.locator("fieldset.statement")
    for index in range(statements.count()):
        label = LABELS[(member + index) % len(LABELS)]
        statements.nth(index).get_by_label(label, exact=True).check()


@pytest.mark.django_db(transaction=True)
def test_a_team_maps_itself_and_the_leader_prints_and_sends_the_map(browser, site_url, settings):
    settings.CONTACT_MIN_SECONDS = 0
    leader_context = browser.new_context(viewport=DESKTOP)
    leader = leader_context.new_page()

    # The leader creates the survey.
    leader.goto(site_url + "/tyoyhteisokartta/tiimi/")
    expect(leader.get_by_role("heading", level=1)).to_have_text("Tiimin työyhteisökartta")
    assert_accessible_at_both_widths(leader)
    leader.get_by_label("Tiimin nimi").fill("Osasto 4")
    expect(leader.get_by_label("Pienin vastausmäärä")).to_have_value("5")
    leader.get_by_role("button", name="Luo kysely").click()

    expect(leader.get_by_role("heading", level=1)).to_have_text("Kysely on luotu")
    expect(leader.get_by_role("button", name="Kopioi vastausosoite")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    answer_url = leader.get_by_role("textbox", name="Vastausosoite").input_value()
    results_url = leader.get_by_role("textbox", name="Tulosten osoite").input_value()
    answer_path = re.sub(r"^https?://[^/]+", "", answer_url)
    results_path = re.sub(r"^https?://[^/]+", "", results_url)

    leader.goto(site_url + results_path)
    expect(leader.get_by_text("0 jäsentä on vastannut.")).to_be_visible()
    expect(leader.get_by_role("img")).to_have_count(0)
    assert_accessible_at_both_widths(leader)

    # Five members answer, each from their own browser; the last one without JavaScript.
    own_pages = []
    for member in range(5):
        javascript = member < 4
        context = browser.new_context(
            viewport=PHONE if member % 2 else DESKTOP, java_script_enabled=javascript
        )
        page = context.new_page()
        page.goto(site_url + answer_path)
        expect(page.get_by_role("heading", level=1)).to_have_text("Tiimikartta: Osasto 4")
        if member == 0:
            assert_accessible_at_both_widths(page)
        answer_as_member(page, member)
        page.get_by_role("button", name="Lähetä vastaukseni").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Vastauksesi tiimikarttaan")
        expect(page.get_by_role("table")).to_contain_text("Johtajuus")
        if member < 4:
            expect(page.get_by_text("Tiimin kartta näkyy tässä")).to_be_visible()
        if member == 0:
            assert_accessible_at_both_widths(page)
        own_pages.append((context, page))

        # Answering again from the same browser is refused softly.
        if member == 1:
            page.goto(site_url + answer_path)
            expect(page.get_by_role("heading", level=1)).to_have_text("Olet jo vastannut")
            assert_accessible_at_both_widths(page)

    assert TeamResponse.objects.count() == 5
    assert TeamSurvey.objects.get().answer_count == 5

    # A member compares their own map with the team's.
    _context, first = own_pages[0]
    first.reload()
    expect(first.get_by_role("img", name="Oma karttasi tiimin kartan päällä")).to_be_visible()
    expect(first.get_by_role("columnheader", name="Tiimi: mediaani")).to_be_visible()
    assert_accessible_at_both_widths(first)
    for context, _page in own_pages:
        context.close()

    # The leader reads the results.
    leader.goto(site_url + results_path)
    expect(leader.get_by_text("5 jäsentä on vastannut.")).to_be_visible()
    expect(leader.get_by_role("img", name="Tiimin työyhteisökartta")).to_be_visible()
    expect(leader.get_by_role("heading", name="Missä tiimi on yksimielisin")).to_be_visible()
    leader.get_by_text("Vastaukset väittämittäin").click()
    expect(leader.get_by_role("table", name="Montako jäsentä valitsi")).to_be_visible()
    assert_accessible_at_both_widths(leader)

    # The handout, as printed.
    leader.get_by_role("link", name="Moniste tiimipalaveriin (A4)").click()
    expect(leader.get_by_role("heading", level=1)).to_have_text("Työyhteisökarttamme: Osasto 4")
    expect(leader.get_by_role("button", name="Tulosta")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    leader.emulate_media(media="print")
    expect(leader.get_by_role("button", name="Tulosta")).to_be_hidden()
    expect(leader.get_by_role("link", name="Takaisin tuloksiin")).to_be_hidden()
    expect(leader.get_by_role("img", name="Tiimin työyhteisökartta")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    pdf = leader.pdf(format="A4", print_background=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1  # one A4 page
    leader.emulate_media(media="screen")

    # The map goes to a supervisor with a message.
    leader.goto(site_url + results_path)
    leader.get_by_role("link", name="Lähetä tiimin kartta työnohjaajalle").click()
    expect(leader.get_by_text("Tiimin työyhteisökartta: Osasto 4")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    leader.get_by_label("Nimi").fill("Tiina Tiiminvetäjä")
    leader.get_by_role("textbox", name="Sähköposti").fill("tiina@example.com")
    leader.get_by_role("textbox", name="Viesti").fill(
        "Kävimme tiimin kartan läpi. Voisimmeko jutella?"
    )
    leader.get_by_role("button", name="Lähetä viesti").click()

    expect(leader.get_by_role("heading", level=1)).to_have_text("Kiitos viestistänne!")
    summary = Enquiry.objects.get().map_summary
    assert summary.startswith("Tiimin työyhteisökartta: Osasto 4\n5 vastausta")
    assert "mediaani" in summary
    assert results_path.split("/")[-2] not in summary
    leader_context.close()
