"""
At 375 and 1280 px, with JavaScript and without: two people from one organisation register in
one form, a third joins the waitlist of the full event, one of the two cancels through the
link in their email, and the waitlisted person gets the place; every page on the way has zero
axe violations.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from events.models import Registration
from tests.support.accessibility import DESKTOP, PHONE, assert_accessible
from tests.support.events import make_event


@pytest.fixture
def event(site_url, settings):
    """Playwright types faster than a person; links in email point at the live server."""
    settings.CONTACT_MIN_SECONDS = 0
    settings.SITE_URL = site_url
    return make_event(places=2, sessions=2)


def link_sent_to(site_url, address):
    message = next(m for m in mail.outbox if address in m.to[0])
    return re.search(re.escape(site_url) + r"/koulutukset/ilmoittautuminen/\w+/", message.body)[0]


def fill_participant(page, row, name, email):
    page.locator(f'[name="osallistuja-{row}-name"]').fill(name)
    page.locator(f'[name="osallistuja-{row}-email"]').fill(email)


@pytest.mark.parametrize(
    ("viewport", "javascript"),
    [(PHONE, True), (PHONE, False), (DESKTOP, True), (DESKTOP, False)],
    ids=["375-javascript", "375-no-javascript", "1280-javascript", "1280-no-javascript"],
)
def test_a_group_registers_one_cancels_and_the_waitlist_moves_up(
    browser, site_url, event, viewport, javascript
):
    context = browser.new_context(viewport=viewport, java_script_enabled=javascript)
    page = context.new_page()
    page.javascript_disabled = not javascript

    page.goto(site_url + "/koulutukset/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Koulutukset ja tietoiskut")
    assert_accessible(page)
    page.get_by_role("link", name="Työnohjauksen tietoisku").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Työnohjauksen tietoisku")
    expect(page.get_by_text("2 paikkaa jäljellä")).to_be_visible()
    assert_accessible(page)

    # Two from one organisation: the second row comes with "add a participant".
    fill_participant(page, 0, "Åsa Äijälä", "asa@example.com")
    page.get_by_role("button", name="Lisätkää osallistuja samasta organisaatiosta").click()
    expect(page.get_by_text("Osallistuja 2")).to_be_visible()
    expect(page.locator('[name="osallistuja-0-name"]')).to_have_value("Åsa Äijälä")
    fill_participant(page, 1, "Matti Meikäläinen", "matti@example.com")
    page.get_by_label("Organisaatio", exact=True).fill("Säätiö ry")
    page.get_by_role("button", name="Ilmoittautukaa").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ilmoittautumisenne on vahvistettu")
    expect(page.get_by_text("Matti Meikäläinen")).to_be_visible()
    assert_accessible(page)

    # A third finds the event full and joins the waitlist.
    page.goto(site_url + event.get_absolute_url())
    expect(page.get_by_text("Tapahtuma on täynnä")).to_be_visible()
    fill_participant(page, 0, "Liisa Jonottaja", "liisa@example.com")
    page.get_by_role("button", name="Liittykää jonoon").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Olette jonossa")
    assert_accessible(page)

    # Matti cancels with the link in his email; Liisa gets the place.
    page.goto(link_sent_to(site_url, "matti@example.com"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ilmoittautumisenne")
    assert_accessible(page)
    page.get_by_role("link", name="Perukaa ilmoittautuminen").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Haluatteko varmasti perua?")
    assert_accessible(page)
    page.get_by_role("button", name="Kyllä, perun").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Ilmoittautuminen peruttu")
    assert_accessible(page)

    promoted = Registration.objects.get(email="liisa@example.com")
    assert promoted.status == Registration.Status.REGISTERED
    assert [m.subject for m in mail.outbox if "liisa@example.com" in m.to[0]] == [
        "Jonossa: Työnohjauksen tietoisku",
        "Saitte paikan: Työnohjauksen tietoisku",
    ]
    page.goto(link_sent_to(site_url, "liisa@example.com"))
    expect(page.get_by_text("Ilmoittautunut: paikkanne on vahvistettu")).to_be_visible()
    context.close()
