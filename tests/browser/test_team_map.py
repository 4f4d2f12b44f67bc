"""
A team leader maps the team: creates a survey for six, prints the answer codes, five members
answer with them, the leader closes the survey, reads, prints and sends the map.
"""

import re

import pytest
from playwright.sync_api import expect

from community_map.models import TeamResponse, TeamSurvey
from contact.models import Enquiry
from tests.support.accessibility import DESKTOP, PHONE, assert_accessible_at_both_widths

LABELS = [  # each radio's name: the number and its words
    "1 Täysin eri mieltä",
    "2 Jokseenkin eri mieltä",
    "3 Ei samaa eikä eri mieltä",
    "4 Jokseenkin samaa mieltä",
    "5 Täysin samaa mieltä",
]


def answer_as_member(page, member):
    """Each member rates each statement differently, so that the team's answers spread."""
    statements = page.locator("fieldset.statement")
    for index in range(statements.count()):
        label = LABELS[(member + index) % len(LABELS)]
        statements.nth(index).get_by_label(label, exact=True).check()


def pages_in(pdf):
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


@pytest.mark.django_db(transaction=True)
def test_a_team_maps_itself_with_answer_codes_and_the_leader_prints_and_sends_the_map(
    browser, site_url, settings
):
    settings.CONTACT_MIN_SECONDS = 0
    leader_context = browser.new_context(viewport=DESKTOP)
    leader = leader_context.new_page()

    # The leader creates the survey for a team of six.
    leader.goto(site_url + "/tyoyhteisokartta/tiimi/")
    expect(leader.get_by_role("heading", level=1)).to_have_text("Tiimin työyhteisökartta")
    expect(leader.get_by_role("heading", name="Mitä koodit eivät estä")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    leader.get_by_label("Tiimin nimi").fill("Osasto 4")
    leader.get_by_label("Montako jäsentä tiimissä on?").fill("6")
    expect(leader.get_by_label("Vastausten vähimmäismäärä")).to_have_value("5")
    expect(leader.get_by_label("Vasta kun kysely on sulkeutunut (suositus)")).to_be_checked()
    leader.get_by_role("button", name="Luokaa kysely").click()

    expect(leader.get_by_role("heading", level=1)).to_have_text("Kysely on luotu")
    expect(leader.get_by_role("button", name="Kopioikaa tulosten osoite")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    results_url = leader.get_by_role("textbox", name="Tulosten osoite").input_value()
    results_path = re.sub(r"^https?://[^/]+", "", results_url)

    # The codes: six slips to cut from one A4 sheet, and six links.
    leader.get_by_role("link", name="Tulostakaa vastauskoodit").click()
    expect(leader.get_by_role("heading", level=1)).to_have_text("Vastauskoodit: Osasto 4")
    slips = leader.get_by_role("list", name="Koodilaput, arkki 1/1").get_by_role("listitem")
    expect(slips).to_have_count(6)
    codes = leader.locator(".team-slip__code").all_inner_texts()
    assert len(set(codes)) == 6
    expect(leader.get_by_role("button", name="Tulostakaa koodilaput")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    leader.emulate_media(media="print")
    expect(leader.get_by_role("button", name="Tulostakaa koodilaput")).to_be_hidden()
    expect(leader.get_by_role("heading", name="Koodit linkkeinä")).to_be_hidden()
    expect(slips.first).to_be_visible()
    assert pages_in(leader.pdf(format="A4", print_background=True)) == 1
    leader.emulate_media(media="screen")

    leader.goto(site_url + results_path)
    expect(leader.get_by_text("0 / 6 vastannut")).to_be_visible()
    # Answered early this time, gzipped once around the token (core.compression.GzipWithGaps).
    leader.reload()
    expect(leader.get_by_text("0 / 6 vastannut")).to_be_visible()
    expect(leader.get_by_role("img")).to_have_count(0)
    assert_accessible_at_both_widths(leader)

    # Five members answer, each from their own browser: the first types the code from the
    # slip on a phone, the last answers without JavaScript.
    own_pages = []
    for member, code in enumerate(codes[:5]):
        javascript = member < 4
        context = browser.new_context(
            viewport=PHONE if member % 2 == 0 else DESKTOP, java_script_enabled=javascript
        )
        page = context.new_page()
        if member == 0:
            page.goto(site_url + "/tyoyhteisokartta/tiimi/vastaa/")
            expect(page.get_by_role("heading", level=1)).to_have_text("Vastaa tiimisi karttaan")
            assert_accessible_at_both_widths(page)
            page.get_by_label("Vastauskoodi").fill(code.lower().replace("-", " "))
            page.get_by_role("button", name="Siirry kyselyyn").click()
        else:
            page.goto(f"{site_url}/tyoyhteisokartta/tiimi/vastaa/{code}/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Tiimikartta: Osasto 4")
        if member == 0:
            assert_accessible_at_both_widths(page)
        answer_as_member(page, member)
        page.get_by_role("button", name="Lähetä vastaukseni").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Vastauksesi tiimikarttaan")
        expect(page.get_by_role("table")).to_contain_text("Johtajuus")
        expect(page.get_by_text("Tiimin kartta näkyy tässä omasi päällä")).to_be_visible()
        if member == 0:
            assert_accessible_at_both_widths(page)
        own_pages.append((context, page))

        # The same code does not answer twice.
        if member == 1:
            page.goto(f"{site_url}/tyoyhteisokartta/tiimi/vastaa/{code}/")
            expect(page.get_by_role("heading", level=1)).to_have_text(
                "Tällä koodilla on jo vastattu"
            )
            assert_accessible_at_both_widths(page)

    assert TeamResponse.objects.count() == 5
    assert TeamSurvey.objects.get().answer_count == 5

    # The figures come once the leader closes the survey.
    leader.goto(site_url + results_path)
    expect(leader.get_by_text("5 / 6 vastannut")).to_be_visible()
    expect(leader.get_by_role("heading", name="Ei vielä lukuja")).to_be_visible()
    leader.get_by_role("button", name="Sulkekaa kysely nyt").click()
    expect(leader.get_by_role("img", name="Tiimin työyhteisökartta")).to_be_visible()
    expect(leader.get_by_role("heading", name="Missä tiimi on yksimielisin")).to_be_visible()
    leader.get_by_text("Vastaukset väittämittäin").click()
    expect(leader.get_by_role("table", name="Miten tiimi arvioi kutakin väittämää")).to_be_visible()
    expect(leader.get_by_role("columnheader", name="Neutraali")).to_be_visible()
    assert_accessible_at_both_widths(leader)

    # A member compares their own map with the team's.
    _context, first = own_pages[0]
    first.reload()
    expect(first.get_by_role("img", name="Oma karttasi tiimin kartan päällä")).to_be_visible()
    expect(first.get_by_role("columnheader", name="Tiimi: mediaani")).to_be_visible()
    assert_accessible_at_both_widths(first)
    for context, _page in own_pages:
        context.close()

    # The handout, as printed.
    leader.get_by_role("link", name="A4-yhteenveto tiimipalaveriin").click()
    expect(leader.get_by_role("heading", level=1)).to_have_text("Työyhteisökarttamme: Osasto 4")
    expect(leader.get_by_role("button", name="Tulostakaa yhteenveto")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    leader.emulate_media(media="print")
    expect(leader.get_by_role("button", name="Tulostakaa yhteenveto")).to_be_hidden()
    expect(leader.get_by_role("link", name="Takaisin tuloksiin")).to_be_hidden()
    expect(leader.get_by_role("img", name="Tiimin työyhteisökartta")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    assert pages_in(leader.pdf(format="A4", print_background=True)) == 1
    leader.emulate_media(media="screen")

    # The map goes to a supervisor with a message.
    leader.goto(site_url + results_path)
    leader.get_by_role("link", name="Lähettäkää tiimin kartta työnohjaajalle").click()
    expect(leader.get_by_text("Tiimin työyhteisökartta: Osasto 4")).to_be_visible()
    assert_accessible_at_both_widths(leader)
    leader.get_by_label("Nimi").fill("Tiina Tiiminvetäjä")
    leader.get_by_role("textbox", name="Sähköposti").fill("tiina@example.com")
    leader.get_by_role("textbox", name="Viesti").fill(
        "Kävimme tiimin kartan läpi. Voisimmeko jutella?"
    )
    leader.get_by_role("button", name="Lähettäkää viesti").click()

    expect(leader.get_by_role("heading", level=1)).to_have_text("Kiitos viestistänne!")
    summary = Enquiry.objects.get().map_summary
    assert summary.startswith("Tiimin työyhteisökartta: Osasto 4\n5 / 6 vastannut.")
    assert "mediaani" in summary
    assert results_path.split("/")[-2] not in summary
    assert not any(code in summary for code in codes)
    leader_context.close()


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(("members", "sheets"), [(30, 1), (31, 2)])
def test_thirty_code_slips_print_on_one_a4_sheet(browser, site_url, members, sheets):
    from datetime import timedelta

    from community_map import team

    _survey, token = team.create_survey(
        name="Työyhteisö",
        member_count=members,
        threshold=5,
        ends_on=team.today() + timedelta(days=14),
        reveal="closed",
    )
    page = browser.new_page(viewport=DESKTOP)
    page.goto(f"{site_url}/tyoyhteisokartta/tiimi/tulokset/{token}/koodit/")
    page.emulate_media(media="print")

    assert pages_in(page.pdf(format="A4", print_background=True)) == sheets
    page.close()
