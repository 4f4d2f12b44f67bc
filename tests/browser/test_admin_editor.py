"""
In Chromium: staff log in with a code from an authenticator app, edit a page body with its
live preview, open the unsaved page in a new tab, and nothing in the admin breaks the CSP or
axe-core's accessibility rules.
"""

from base64 import b32decode

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from contact.models import Enquiry
from core.models import TwoFactorInvitation
from services.models import Page
from tests.support.accessibility import AXE_OPTIONS, Axe
from tests.support.admin_browser import code_for, log_in_with_authenticator, log_in_with_password


def test_enrol_then_edit_with_live_preview_and_preview_unsaved_in_a_new_tab(
    watched, site_url, superuser
):
    page = watched
    log_in_with_password(page, site_url)

    # A superuser without a device is sent to set one up, which needs a one-time link
    # (for the first superuser, `manage.py invite_two_factor` prints it): with it, the QR
    # code and the key, then the app's code.
    expect(
        page.get_by_role("heading", name="Ota käyttöön kaksivaiheinen kirjautuminen")
    ).to_be_visible()
    expect(page.get_by_text("kertakäyttöisen linkin")).to_be_visible()
    token = TwoFactorInvitation.objects.issue(superuser)
    page.goto(f"{site_url}/hallinta/kaksivaiheinen/kutsu/{token}/")
    expect(page.locator(".two-factor__qr svg")).to_be_visible()
    key = b32decode(page.locator(".two-factor__secret").inner_text().replace(" ", ""))
    page.get_by_label("Koodi").fill(code_for(TOTPDevice(user=superuser, key=key.hex())))
    page.get_by_role("button", name="Ota kaksivaiheinen kirjautuminen käyttöön").click()
    expect(page.get_by_role("heading", name="Varakoodisi")).to_be_visible()
    expect(page.locator(".two-factor__codes li")).to_have_count(10)
    page.get_by_role("link", name="Jatka ylläpitoon").click()
    expect(page.get_by_role("heading", name="Sivuston ylläpito")).to_be_visible()

    # The live preview follows the typing, drawn by the server's sanitiser.
    target = Page.objects.get(slug="vaikuttavuus")
    original_body = target.body
    page.goto(f"{site_url}/hallinta/services/page/{target.pk}/change/")
    preview = page.locator("#id_body_fi-preview")
    expect(preview.get_by_role("heading", name="Kannattava investointi")).to_be_visible()
    body = page.get_by_role("textbox", name="Leipäteksti (suomi):", exact=True)
    body.fill("## Luonnoksen osio\n\nKirjoitettu juuri nyt.\n\n<script>alert(1)</script>")
    expect(preview.get_by_role("heading", name="Luonnoksen osio")).to_be_visible()
    expect(preview).to_contain_text("Kirjoitettu juuri nyt.")
    assert "<script" not in preview.inner_html()

    # The formatting buttons change the text, and the preview follows.
    body.press("End")
    page.locator("[aria-controls=id_body_fi]").get_by_role("button", name="Lihavointi").click()
    expect(preview.locator("strong")).to_have_text("lihavoitu teksti")

    # The Swedish text below the Finnish one, with an editor and a preview of its own.
    swedish = page.get_by_role("textbox", name="Leipäteksti (ruotsi):", exact=True)
    swedish.fill("## Utkast\n\nPå svenska.")
    expect(
        page.locator("#id_body_sv-preview").get_by_role("heading", name="Utkast")
    ).to_be_visible()

    # The whole page, unsaved, in its real layout in a new tab.
    with page.context.expect_page() as new_tab:
        page.get_by_role("button", name="Esikatsele uudessa välilehdessä").first.click()
    tab = new_tab.value
    tab.wait_for_load_state()
    expect(tab.get_by_role("heading", name="Luonnoksen osio")).to_be_visible()
    expect(tab.locator(".preview-banner")).to_contain_text("Tallentamattomien muutosten esikatselu")
    target.refresh_from_db()
    assert target.body == original_body

    assert page.violations(page) == []
    assert tab.evaluate("window.__cspViolations || []") == []


def test_the_next_login_takes_the_apps_current_code(watched, site_url, superuser):
    device = TOTPDevice.objects.create(user=superuser, name="authenticator", confirmed=True)
    page = watched

    log_in_with_password(page, site_url)
    page.get_by_label("Koodi").fill("000000")
    page.get_by_role("button", name="Kirjaudu sisään").click()
    expect(page.locator(".errornote")).to_contain_text("Koodi ei ole oikein")
    # django-otp refuses any code for a second after a wrong one (its own throttling).
    page.wait_for_timeout(1500)
    page.get_by_label("Koodi").fill(code_for(device))
    page.get_by_role("button", name="Kirjaudu sisään").click()

    expect(page.get_by_role("heading", name="Sivuston ylläpito")).to_be_visible()
    assert page.violations(page) == []


@pytest.fixture(scope="module")
def axe():
    return Axe()


def test_dashboard_inbox_and_a_change_form_have_no_accessibility_violations(
    watched, site_url, superuser, axe
):
    enquiry = Enquiry.objects.create(
        name="Maija Meikäläinen",
        email="maija@example.com",
        topic_name="Ryhmätyönohjaus",
        message="Haluaisimme ryhmätyönohjausta.",
        notify_error="ValueError: CONTACT_RECIPIENTS is empty",
        notify_attempts=1,
    )
    page = watched
    log_in_with_authenticator(page, site_url, superuser)
    target = Page.objects.get(slug="vaikuttavuus")

    reports = {}
    csp = {}
    for path in [
        "/hallinta/",
        "/hallinta/contact/enquiry/",
        f"/hallinta/contact/enquiry/{enquiry.pk}/change/",
        f"/hallinta/services/page/{target.pk}/change/",
        "/hallinta/tilastot/",
        "/hallinta/kaksivaiheinen/varakoodit/",
    ]:
        page.goto(site_url + path)
        page.wait_for_load_state("networkidle")
        # Checked before axe runs: axe-core's own probes set inline styles, which the policy
        # (rightly) refuses.
        found = page.violations(page)
        if found:
            csp[path] = found
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
        page.wait_for_timeout(100)  # let axe's own console messages arrive, then drop them
        page.violations(page)

    assert not reports, "\n".join(f"{path}:\n{report}" for path, report in reports.items())
    assert csp == {}
