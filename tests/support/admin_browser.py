"""The staff's side of the browser tests: logging in to the admin, codes, scripts it runs."""

from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.support.factories import make_content_editor

PASSWORD = "pitka-ja-turvallinen-salasana"

# Run in every document before its own scripts: the CSP violations it meets, in a list.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""
# Whether every autocomplete select has been drawn by Select2.
AUTOCOMPLETES_DRAWN = """() => [...document.querySelectorAll("select.admin-autocomplete")]
    .every((select) => select.classList.contains("select2-hidden-accessible"))"""


def code_for(device, offset=0):
    """The authenticator app's code for ``device`` now, or ``offset`` steps of 30 s away."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, drift=offset):06d}"


def log_in_with_password(page, site_url, username="paakayttaja"):
    """Give the admin's login ``username`` and the password (what follows is the test's)."""
    page.goto(site_url + "/hallinta/")
    page.get_by_label("Käyttäjätunnus").fill(username)
    page.get_by_label("Salasana").fill(PASSWORD)
    page.get_by_role("button", name="Kirjaudu sisään").click()


def log_in_as_staff(page, site_url, username="henkilo"):
    """Log ``username`` in with the password alone and wait for the admin's front page."""
    log_in_with_password(page, site_url, username)
    expect(page.get_by_role("heading", name="Sivuston ylläpito")).to_be_visible()


def log_in_as_content_editor(page, site_url):
    """A new content editor, logged in (with the password alone) in ``page``."""
    make_content_editor(username="toimittaja", password=PASSWORD)
    log_in_as_staff(page, site_url, "toimittaja")


def log_in_with_authenticator(page, site_url, user):
    """
    Give ``user`` an authenticator app, log them in with the password and its code, and wait
    for the admin's front page.
    """
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    log_in_with_password(page, site_url, user.username)
    page.get_by_label("Koodi").fill(code_for(device))
    page.get_by_role("button", name="Kirjaudu sisään").click()
    expect(page.get_by_role("heading", name="Sivuston ylläpito")).to_be_visible()
