"""The work community map reads on a phone: a short questionnaire, legible chart labels."""

import pytest
from playwright.sync_api import expect

from tests.support.accessibility import assert_accessible
from tests.support.map_answers import answer_everything

# At 375 px the questionnaire with six rows of radios per statement measured 13,423 px in
# Chromium (main at 1c66027); a one-row scale per statement must make it at most half of that.
PHONE_QUESTIONNAIRE_BEFORE = 13_423
SCREENSHOTS = "/tmp/maps22"


def _answered_map(page, site_url):
    page.goto(site_url + "/tyoyhteisokartta/")
    answer_everything(page, lambda text: "Jokseenkin eri mieltä")
    page.get_by_role("button", name="Katsokaa karttanne").click()
    page.wait_for_url("**/kartta/?v=*")


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_the_phone_questionnaire_is_half_as_long_and_answers_without_javascript(
    browser, site_url, javascript
):
    context = browser.new_context(
        java_script_enabled=javascript, viewport={"width": 375, "height": 800}
    )
    page = context.new_page()
    page.goto(site_url + "/tyoyhteisokartta/")

    # Measured in the site's own font: with the fallback font, before the web font has been
    # swapped in, the text wraps differently and the page is some 10 % taller.
    height = page.evaluate("document.fonts.ready.then(() => document.documentElement.scrollHeight)")
    print(f"questionnaire at 375 px: {height} px")
    _answered_map(page, site_url)

    assert height <= PHONE_QUESTIONNAIRE_BEFORE / 2
    assert page.get_by_role("row", name="Johtajuus").inner_text().split()[1] == "2,0"
    context.close()


def test_the_scale_shows_each_number_with_its_words(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/tyoyhteisokartta/")
    first = page.locator("fieldset.statement").first

    for number, words in [(1, "Täysin eri mieltä"), (3, "Ei samaa eikä eri mieltä"),
                          (5, "Täysin samaa mieltä")]:  # fmt: skip
        assert first.get_by_label(f"{number} {words}", exact=True).count() == 1
        assert f"{number}\n{words}" in first.inner_text() or f"{number} {words}" in (
            first.inner_text()
        )
    context.close()


def test_radar_labels_are_at_least_12_px_on_a_375_px_screen(browser, site_url):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    _answered_map(page, site_url)

    sizes = page.evaluate(
        """() => [...document.querySelectorAll('.map-chart__label')].map(label => {
            const svg = label.ownerSVGElement;
            const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
            return parseFloat(getComputedStyle(label).fontSize) * scale;
        })"""
    )

    outside = page.evaluate(
        """() => [...document.querySelectorAll('.map-chart__label')].filter(label => {
            const box = label.getBBox(), view = label.ownerSVGElement.viewBox.baseVal;
            return box.x < 0 || box.y < 0 || box.x + box.width > view.width
                || box.y + box.height > view.height;
        }).map(label => label.textContent)"""
    )

    assert len(sizes) == 6
    assert min(sizes) >= 12, sizes
    assert outside == []
    context.close()


@pytest.mark.parametrize("width", [375, 1280])
def test_screenshots_of_the_questionnaire_and_the_map(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(site_url + "/tyoyhteisokartta/")
    page.screenshot(path=f"{SCREENSHOTS}/questionnaire-{width}.png", full_page=True)
    _answered_map(page, site_url)
    page.screenshot(path=f"{SCREENSHOTS}/result-{width}.png", full_page=True)
    context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [375, 1280])
def test_the_questionnaire_the_map_and_the_attached_map_pass_axe(browser, site_url, width, scheme):
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + "/tyoyhteisokartta/")
    assert_accessible(page)
    _answered_map(page, site_url)
    assert_accessible(page)
    page.get_by_role("link", name="Lähettäkää kartta työnohjaajalle").click()
    # The click returns once the contact page's navigation has begun, not when it has loaded.
    expect(page.locator(".map-attached__table")).to_have_count(1)
    assert_accessible(page)
    context.close()
