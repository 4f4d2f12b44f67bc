"""
At 375 and 1280 px, with JavaScript and without: a participant types the code from their slip
and answers the evaluation of their supervision; once two rounds have closed, the purchaser
views the comparison (chart and table) and the one-page summary through their agreement's link;
every page on the way has zero axe violations.
"""

import pytest
from playwright.sync_api import expect

from evaluations import rounds
from processes.links import purchaser_link
from tests.support.accessibility import DESKTOP, PHONE, assert_accessible
from tests.support.admin_browser import AUTOCOMPLETES_DRAWN
from tests.support.evaluations import answer, answer_data, close_by_date, make_process, make_round

pytestmark = pytest.mark.browser

# The other five participants of each round, answered beside the one in the browser.
OTHERS = {
    "start": [([2, 3], 4), ([2, 2], 3), ([3, 3], 4), ([1, 2], 3), ([2, 3], 4)],
    "mid": [([4, 4], 5), ([4, 3], 4), ([3, 4], 4), ([4, 3], 5), ([4, 4], 5)],
}


@pytest.mark.parametrize(
    ("viewport", "javascript"),
    [(PHONE, True), (PHONE, False), (DESKTOP, True), (DESKTOP, False)],
    ids=["375-javascript", "375-no-javascript", "1280-javascript", "1280-no-javascript"],
)
def test_a_participant_answers_and_the_purchaser_sees_the_change(
    browser, site_url, viewport, javascript
):
    process = make_process()
    goals = list(process.goals.order_by("position"))
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    page = context.new_page()
    page.javascript_disabled = not javascript

    for kind, own in (("start", ["2", "3", "4"]), ("mid", ["4", "4", "5"])):
        item, codes = make_round(process, kind=kind, code_count=8)
        page.goto(site_url + "/arviointi/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Arvioi työnohjaustasi")
        assert_accessible(page)
        page.get_by_label("Vastauskoodi").fill(codes[0].lower().replace("-", " "))
        page.get_by_role("button", name="Siirry kyselyyn").click()
        expect(page.get_by_role("heading", level=1)).to_contain_text("Työnohjauksen arviointi")
        expect(page.get_by_text(goals[0].change)).to_be_visible()
        assert_accessible(page)
        page.locator(f'input[name="tavoite_{goals[0].pk}"][value="{own[0]}"]').check()
        page.locator(f'input[name="tavoite_{goals[1].pk}"][value="{own[1]}"]').check()
        page.locator(f'input[name="hyoty"][value="{own[2]}"]').check()
        page.locator('input[name="suosittelu"][value="9"]').check()
        page.get_by_role("button", name="Lähetä vastaukseni").click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Kiitos vastauksistasi")
        assert_accessible(page)
        # The same code again is refused.
        page.goto(site_url + f"/arviointi/vastaa/{codes[0]}/")
        expect(page.get_by_role("heading", level=1)).to_have_text("Tällä koodilla on jo vastattu")
        for code, (progress, usefulness) in zip(codes[1:], OTHERS[kind], strict=False):
            assert answer(code, answer_data(process, progress, usefulness)).status_code == 302
        if kind == "start":
            close_by_date(item)
        else:
            rounds.close(item)

    token = purchaser_link(process).manage_token
    page.goto(site_url + f"/tyonohjaussopimus/{token}/arvioinnit/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Työnohjauksen arvioinnit")
    expect(page.locator("svg.evaluation-chart")).to_be_visible()
    # Goal 1 by hand: (2+2+2+3+1+2)/6 = 2,0 → (4+4+4+3+4+4)/6 = 3,8: +1,8.
    row = page.get_by_role("row").filter(has_text=goals[0].change)
    expect(row).to_contain_text("2,0 (6)")
    expect(row).to_contain_text("3,8 (6)")
    expect(row).to_contain_text("+1,8")
    assert_accessible(page)
    page.get_by_role("link", name="Yhden sivun yhteenveto").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Arviointien yhteenveto")
    assert_accessible(page)
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_impact_page_with_its_published_figure_is_accessible(browser, site_url, viewport):
    from evaluations.models import ImpactFigure

    ImpactFigure.objects.create(published=True)
    for number in range(5):
        process = make_process(organisation=f"Organisaatio {number}")
        item, codes = make_round(process)
        for code, usefulness in zip(codes, [5, 4, 4, 3, 5, 4], strict=True):
            answer(code, answer_data(process, [3, 3], usefulness))
        close_by_date(item)
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(site_url + "/vaikuttavuus/")
    expect(page.get_by_text("Hyödyllinen tai erittäin hyödyllinen: 83\u00a0%")).to_be_visible()
    expect(page.get_by_text("30 vastausta 5 työnohjausprosessista")).to_be_visible()
    assert_accessible(page)
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["375", "1280"])
def test_the_supervisors_evaluation_screens_are_accessible(browser, site_url, viewport):
    from tests.support.evaluations import supervisor_of

    process = make_process()
    user = supervisor_of(process, "ohjaaja")
    user.set_password("salasana-testi-123")
    user.save()
    item, codes = make_round(process)
    for code, progress in zip(codes, [[2, 3], [3, 3], [2, 2], [3, 4], [2, 3], [4, 3]], strict=True):
        answer(code, answer_data(process, progress, 4))
    close_by_date(item)
    second, _codes = make_round(process, kind="mid")
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.goto(site_url + "/hallinta/")
    page.get_by_label("Käyttäjätunnus").fill("ohjaaja")
    page.get_by_label("Salasana").fill("salasana-testi-123")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    admin = "/hallinta/evaluations/evaluationround/"
    for path in ("", "add/", f"{second.pk}/change/", f"{second.pk}/koodit/",
                 f"{item.pk}/tulokset/", f"{item.pk}/yhteenveto/"):  # fmt: skip
        page.goto(site_url + admin + path)
        if "yhteenveto" not in path:
            page.wait_for_function(AUTOCOMPLETES_DRAWN)
        assert_accessible(page)
    page.goto(site_url + admin + f"{item.pk}/tulokset/")
    expect(page.get_by_role("row").filter(has_text=process.goals.first().change)).to_contain_text(
        "2,7 (6)"
    )
    context.close()
