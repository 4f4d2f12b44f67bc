"""
At 375 and 1280 px, with JavaScript and without: the purchaser opens the agreement through
their link, is told in Finnish what is missing, accepts it, sees it accepted with their name,
and the PDF opens; every page on the way has zero axe violations and nothing is wider than the
screen.
"""

from urllib.parse import urljoin

import pytest
from playwright.sync_api import expect

from processes.models import AgreementVersion
from tests.support.accessibility import DESKTOP, PHONE, assert_accessible
from tests.support.supervision import GOALS, make_process, purchaser_token


@pytest.fixture
def agreement_url(site_url):
    token = purchaser_token(make_process())
    return f"{site_url}/tyonohjaussopimus/{token}/"


def assert_fits(page):
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.mark.parametrize(
    ("viewport", "javascript"),
    [(PHONE, True), (PHONE, False), (DESKTOP, True), (DESKTOP, False)],
    ids=["375-javascript", "375-no-javascript", "1280-javascript", "1280-no-javascript"],
)
def test_the_purchaser_reads_and_accepts_the_agreement(
    browser, agreement_url, viewport, javascript
):
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    page = context.new_page()
    page.javascript_disabled = not javascript

    page.goto(agreement_url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Työnohjaussopimus")
    expect(page.get_by_text(GOALS[0][0])).to_be_visible()
    expect(page.get_by_text("Lukekaa sopimus ja hyväksykää se sivun lopussa.")).to_be_visible()
    assert_accessible(page)
    assert_fits(page)

    # Without the tick the form says what is missing, and keeps what was written.
    page.get_by_label("Nimenne").fill("Paula Päällikkö")
    page.get_by_label("Tehtävänimikkeenne").fill("palvelupäällikkö")
    page.get_by_role("button", name="Hyväksykää sopimus").click()
    expect(page.get_by_role("alert")).to_contain_text(
        "Rastittakaa ruutu hyväksyäksenne sopimuksen."
    )
    expect(page.get_by_label("Nimenne")).to_have_value("Paula Päällikkö")
    assert_accessible(page)
    assert_fits(page)

    page.get_by_label("Olen lukenut sopimuksen ja hyväksyn sen organisaation puolesta.").check()
    page.get_by_role("button", name="Hyväksykää sopimus").click()
    expect(page.get_by_role("status")).to_contain_text("Kiitos. Sopimus hyväksyttiin")
    expect(
        page.get_by_text("Paula Päällikkö, palvelupäällikkö, tilaajan omalla linkillä")
    ).to_be_visible()
    expect(page.get_by_role("button", name="Hyväksykää sopimus")).to_have_count(0)
    assert_accessible(page)
    assert_fits(page)

    href = page.get_by_role("link", name="Versio 1 PDF-tiedostona").get_attribute("href")
    pdf = page.request.get(urljoin(page.url, href))
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    assert AgreementVersion.objects.get().accepted_name == "Paula Päällikkö"
    context.close()
