"""
In Chromium, at 1280 and 375 px: the dashboard, the inbox, a supervisor's form, a price's
form, the bookings and a booking's page, and a page the role does not reach pass axe-core;
new recovery codes are asked for first and print on their own; order changes by keyboard;
the two-box picker and the address field speak Finnish and fill themselves in.
"""

import pytest
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from services.models import SupervisionForm
from tests.support.accessibility import AXE_OPTIONS, DESKTOP, PHONE, Axe
from tests.support.admin_browser import AUTOCOMPLETES_DRAWN, PASSWORD, code_for, log_in_as_staff

SCREENS = [
    "/hallinta/",
    "/hallinta/contact/enquiry/",
    "/hallinta/supervisors/supervisor/add/",
    "/hallinta/pricing/pricerow/add/",
    "/hallinta/booking/booking/",
    "/hallinta/booking/booking/{booking}/change/",
    "/hallinta/auth/user/",  # refused: the admin's own 403 page
]


@pytest.fixture(scope="module")
def axe():
    return Axe()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "375"])
def test_the_staff_screens_have_no_accessibility_violations(
    browser, site_url, staff, axe, viewport
):
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    log_in_as_staff(page, site_url)

    reports = {}
    for path in SCREENS:
        path = path.format(booking=staff.booking.pk)
        page.goto(site_url + path)
        # The admin's autocompletes are drawn by select2 once the page is ready: axe checks
        # them as drawn (and named by admin-a11y.js), not the plain select before.
        page.wait_for_function(AUTOCOMPLETES_DRAWN)
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
    context.close()

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())


def test_order_changes_by_keyboard_with_a_confirmation(desktop_page, site_url, staff):
    page = desktop_page
    log_in_as_staff(page, site_url)
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
    log_in_as_staff(page, site_url)
    page.goto(site_url + "/hallinta/supervisors/supervisor/add/")

    page.get_by_label("Nimi").press_sequentially("Äijä Öhman")

    expect(page.locator("#id_slug")).to_have_value("aija-ohman")
    for field in ("forms", "sectors"):
        picker = page.locator(f".field-{field} .selector")
        expect(picker).to_contain_text("Valitse kaikki")
        expect(picker).to_contain_text("Poista kaikki")
        expect(picker).not_to_contain_text("Choose")
        expect(picker).not_to_contain_text("Remove")


def test_the_inbox_opens_from_the_name_and_wraps_between_words(desktop_page, site_url, staff):
    page = desktop_page
    log_in_as_staff(page, site_url)
    page.goto(site_url + "/hallinta/contact/enquiry/")

    message = page.locator("#result_list .field-message_start").first
    assert message.evaluate("cell => getComputedStyle(cell).overflowWrap") == "break-word"
    # Every column is in sight beside the menu and the filters: nothing to scroll sideways.
    results = page.locator("#changelist .results")
    assert results.evaluate("box => box.scrollWidth <= box.clientWidth")
    page.get_by_role("link", name="Maija Meikäläinen").click()

    expect(page.get_by_role("heading", name="Muokkaa yhteydenottoa")).to_be_visible()


def test_new_recovery_codes_are_confirmed_first_and_print_as_a_sheet_of_their_own(
    desktop_page, site_url, staff, axe
):
    device = TOTPDevice.objects.create(user=staff, name="authenticator", confirmed=True)
    page = desktop_page
    page.goto(site_url + "/hallinta/")
    page.get_by_label("Käyttäjätunnus").fill("henkilo")
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.get_by_label("Koodi").fill(code_for(device))
    page.get_by_role("button", name="Kirjaudu sisään").click()
    page.get_by_role("link", name="Kaksivaiheinen kirjautuminen").click()

    page.get_by_role("button", name="Luo uudet varakoodit").click()
    expect(page.get_by_role("heading", name="Luodaanko uudet varakoodit?")).to_be_visible()
    assert not StaticToken.objects.filter(device__user=staff).exists()
    page.get_by_role("button", name="Kyllä, luo uudet koodit").click()

    codes = page.locator(".two-factor__codes code")
    expect(codes).to_have_count(10)
    assert StaticToken.objects.filter(device__user=staff).count() == 10
    assert not axe.run(page, options=AXE_OPTIONS).violations_count
    expect(page.get_by_role("button", name="Tulosta koodit")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator("#header")).to_be_hidden()
    expect(page.get_by_role("button", name="Tulosta koodit")).to_be_hidden()
    expect(page.locator(".two-factor__sheet")).to_contain_text("henkilo ·")
    expect(codes.first).to_be_visible()
