"""
In Chromium, at 1280 and 375 px: the dashboard, the inbox, a supervisor's form and a price's
form pass axe-core; order changes by keyboard; the two-box picker and the address field
speak Finnish and fill themselves in.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from contact.models import Enquiry
from core.roles import ENQUIRY_HANDLERS
from services.models import SupervisionForm
from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.test_accessibility import AXE_OPTIONS
from tests.support.factories import make_content_editor

PASSWORD = "pitka-ja-turvallinen-salasana"
SCREENS = [
    "/hallinta/",
    "/hallinta/contact/enquiry/",
    "/hallinta/supervisors/supervisor/add/",
    "/hallinta/pricing/pricerow/add/",
]


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.fixture
def staff(site_url):
    """A staff member who both edits content and handles enquiries, and one enquiry."""
    user = make_content_editor(username="henkilo", password=PASSWORD)
    user.groups.add(Group.objects.get(name=ENQUIRY_HANDLERS))
    Enquiry.objects.create(
        name="Maija Meikäläinen",
        email="maija.meikalainen@esimerkkikunta.example",
        organisation="Esimerkkikunnan sosiaali- ja terveyspalvelut",
        topic_name="Ryhmätyönohjaus",
        message="Haluaisimme ryhmätyönohjausta sosiaalityöntekijöiden tiimillemme syksyllä.",
    )
    return user


def log_in(page, site_url):
    page.goto(site_url + "/hallinta/")
    page.get_by_label("Käyttäjätunnus").fill("henkilo")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    expect(page.get_by_role("heading", name="Sivuston ylläpito")).to_be_visible()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_the_staff_screens_have_no_accessibility_violations(
    browser, site_url, staff, axe, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    log_in(page, site_url)

    reports = {}
    for path in SCREENS:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
    context.close()

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())


def test_order_changes_by_keyboard_with_a_confirmation(desktop_page, site_url, staff):
    page = desktop_page
    log_in(page, site_url)
    page.goto(site_url + "/hallinta/services/supervisionform/")

    page.get_by_role("button", name="Siirrä alemmas: Yksilötyönohjaus").focus()
    page.keyboard.press("Enter")

    expect(page.locator(".messagelist")).to_contain_text(
        "”Yksilötyönohjaus” siirrettiin alemmas kohteen ”Ryhmätyönohjaus” jälkeen."
    )
    rows = page.locator("#result_list tbody tr")
    expect(rows.nth(0)).to_contain_text("Ryhmätyönohjaus")
    expect(rows.nth(1)).to_contain_text("Yksilötyönohjaus")
    first = SupervisionForm.objects.order_by("order", "pk").first()
    assert first.slug == "ryhmatyonohjaus"


def test_a_new_supervisors_address_fills_from_the_name_and_the_picker_is_finnish(
    desktop_page, site_url, staff
):
    page = desktop_page
    log_in(page, site_url)
    page.goto(site_url + "/hallinta/supervisors/supervisor/add/")

    page.get_by_label("Nimi").press_sequentially("Äijä Öhman")

    expect(page.locator("#id_slug")).to_have_value("aija-ohman")
    picker = page.locator(".selector")
    expect(picker).to_contain_text("Valitse kaikki")
    expect(picker).to_contain_text("Poista kaikki")
    expect(picker).not_to_contain_text("Choose")
    expect(picker).not_to_contain_text("Remove")


def test_the_inbox_opens_from_the_name_and_wraps_between_words(desktop_page, site_url, staff):
    page = desktop_page
    log_in(page, site_url)
    page.goto(site_url + "/hallinta/contact/enquiry/")

    message = page.locator("#result_list .field-message_start").first
    assert message.evaluate("cell => getComputedStyle(cell).overflowWrap") == "break-word"
    # Every column is in sight beside the menu and the filters: nothing to scroll sideways.
    results = page.locator("#changelist .results")
    assert results.evaluate("box => box.scrollWidth <= box.clientWidth")
    page.get_by_role("link", name="Maija Meikäläinen").click()

    expect(page.get_by_role("heading", name="Muokkaa yhteydenottoa")).to_be_visible()
