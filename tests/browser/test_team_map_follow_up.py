"""
The team map, again: the leader starts a follow-up from the closed survey's results, the team
answers it, and the leader reads both rounds on one radar and the change in each dimension,
on a phone and on a desktop, and prints the handout with both.
"""

import re
from datetime import timedelta

import pytest
from django.test import Client
from playwright.sync_api import expect

from community_map import content, team
from community_map.models import TeamSurvey
from tests.support.accessibility import DESKTOP, PHONE, assert_accessible_at_both_widths
from tests.support.team_maps import RESULTS_PATH, NewSurvey, dimension_answers


def answered(made, values, times):
    """``times`` members answer ``made`` from their own browsers, at their own addresses."""
    for number in range(times):
        made.answer(dimension_answers(values), Client(REMOTE_ADDR=f"192.0.2.{number + 10}"))


@pytest.mark.django_db(transaction=True)
def test_the_leader_starts_a_follow_up_and_reads_the_change_on_a_phone_and_a_desktop(
    browser, site_url
):
    baseline, token = team.create_survey(
        name="Osasto 4",
        member_count=6,
        threshold=5,
        ends_on=team.today() + timedelta(days=7),
        reveal="closed",
    )
    first = NewSurvey(results_path=RESULTS_PATH.format(token))
    answered(first, [2, 3, 2, 3, 2, 3], 5)
    team.close(baseline)
    names = [dimension.name for dimension in content.dimensions()]

    page = browser.new_page(viewport=PHONE)
    page.goto(site_url + first.results_path)
    expect(page.get_by_role("heading", level=1)).to_have_text("Tiimikartan tulokset: Osasto 4")
    expect(page.get_by_text("Kartoittakaa tiimi uudelleen")).to_be_visible()
    assert_accessible_at_both_widths(page)
    page.set_viewport_size(PHONE)
    page.screenshot(path="/tmp/followup/baseline-375.png", full_page=True)
    # A last day in the past: the page again, the error at the field, the field focused.
    last_day = page.get_by_label("Viimeinen vastauspäivä")
    last_day.fill((team.today() - timedelta(days=1)).isoformat())
    page.get_by_role("button", name="Aloittakaa seurantakysely").click()
    expect(page.get_by_text("Viimeinen vastauspäivä ei voi olla menneisyydessä.")).to_be_visible()
    expect(last_day).to_be_focused()
    assert not TeamSurvey.objects.filter(follows=baseline).exists()
    assert_accessible_at_both_widths(page)
    page.set_viewport_size(PHONE)
    chosen = team.today() + timedelta(days=21)
    last_day.fill(chosen.isoformat())
    page.get_by_role("button", name="Aloittakaa seurantakysely").click()

    # On to the follow-up's results: nothing to show yet, and the way back.
    expect(page.get_by_role("heading", level=1)).to_have_text("Tiimikartan tulokset: Osasto 4")
    expect(page.get_by_text("Tämä kysely on seurantakysely")).to_be_visible()
    expect(page.get_by_text("Seurantakysely ei vielä näytä lukuja")).to_be_visible()
    follow_up_path = re.sub(r"^https?://[^/]+", "", page.url)
    follow_up = TeamSurvey.objects.get(follows=baseline)
    assert follow_up.ends_on == chosen
    assert team.survey_for_results(follow_up_path.split("/")[-2]) == follow_up
    assert_accessible_at_both_widths(page)

    second = NewSurvey(results_path=follow_up_path)
    answered(second, [4, 4, 3, 3, 5, 5], 5)
    page.set_viewport_size(PHONE)
    page.reload()
    page.get_by_role("button", name="Sulkekaa kysely nyt").click()

    comparison = page.get_by_role("region", name="Muutos ensimmäisestä kyselystä")
    expect(comparison).to_be_visible()
    chart = comparison.get_by_role(
        "img",
        name="Tiimin kartta ensimmäisessä kyselyssä ja seurantakyselyssä samassa tutkakaaviossa",
    )
    expect(chart).to_be_visible()
    expect(comparison.locator("polygon.team-compare__before")).to_have_count(1)
    expect(comparison.locator("polygon.team-compare__after")).to_have_count(1)
    expect(comparison.get_by_text("katkoviiva, neliöt")).to_be_visible()
    expect(comparison.get_by_text("yhtenäinen viiva, ympyrät")).to_be_visible()
    table = comparison.get_by_role("table")
    expected = zip(names, ["2,0 → 4,0", "3,0 → 4,0", "2,0 → 3,0", "3,0 → 3,0"], strict=False)
    for name, figures in expected:
        row = table.get_by_role("row").filter(has=page.get_by_role("rowheader", name=name))
        expect(row.get_by_role("cell").first).to_have_text(figures)
    johtajuus = table.get_by_role("row").filter(has=page.get_by_role("rowheader", name="Johtajuus"))
    expect(johtajuus).to_contain_text("3,0 → 5,0")
    expect(johtajuus).to_contain_text("+2,0")
    page.screenshot(path="/tmp/followup/comparison-375.png", full_page=True)
    page.set_viewport_size(DESKTOP)
    page.screenshot(path="/tmp/followup/comparison-1280.png", full_page=True)
    assert_accessible_at_both_widths(page)

    # The handout carries both rounds too.
    page.get_by_role("link", name="A4-yhteenveto tiimipalaveriin").click()
    expect(page.get_by_role("heading", name="Muutos ensimmäisestä kyselystä")).to_be_visible()
    expect(page.locator("polygon.team-compare__before")).to_have_count(1)
    page.screenshot(path="/tmp/followup/handout-1280.png", full_page=True)
    assert_accessible_at_both_widths(page)

    # Each round's page leads to the other.
    page.go_back()
    page.get_by_role("link", name="Ensimmäisen kyselyn tulokset").click()
    expect(page).to_have_url(site_url + first.results_path)
    page.get_by_role("link", name="Seurantakyselyn tulokset").click()
    expect(page).to_have_url(site_url + follow_up_path)
    page.close()
