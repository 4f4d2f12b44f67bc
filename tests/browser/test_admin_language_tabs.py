"""
A change form with texts in three languages has language tabs: all languages side by side,
or one language's boxes alone (a table's column too), kept while the staff member goes from
item to item; a form sent back with an error shows every language.
"""

from playwright.sync_api import expect

from community_map.models import Dimension
from services.models import KeyQuestion
from tests.support.accessibility import AXE_OPTIONS, Axe
from tests.support.admin_browser import log_in_as_staff


def test_the_tabs_show_one_language_or_all_and_keep_the_choice(desktop_page, site_url, staff):
    page = desktop_page
    log_in_as_staff(page, site_url)
    first, second = KeyQuestion.objects.order_by("order")[:2]
    page.goto(f"{site_url}/hallinta/services/keyquestion/{first.pk}/change/")

    tabs = page.get_by_role("group", name="Näytettävien tekstien kielet")
    expect(tabs.get_by_role("button", name="Kaikki kielet")).to_have_attribute(
        "aria-pressed", "true"
    )
    for language in ("fi", "sv", "en"):
        expect(page.locator(f"#id_theme_{language}")).to_be_visible()

    tabs.get_by_role("button", name="Ruotsi").click()

    expect(page.locator("#id_theme_sv")).to_be_visible()
    expect(page.locator("#id_question_sv")).to_be_visible()
    expect(page.locator("#id_theme_fi")).to_be_hidden()
    expect(page.locator("#id_question_en")).to_be_hidden()
    expect(page.get_by_label("Julkaistu")).to_be_visible()  # not a text in a language
    results = Axe().run(page, options=AXE_OPTIONS)
    assert not results.violations_count, results.generate_report()

    page.goto(f"{site_url}/hallinta/services/keyquestion/{second.pk}/change/")
    expect(tabs.get_by_role("button", name="Ruotsi")).to_have_attribute("aria-pressed", "true")
    expect(page.locator("#id_theme_fi")).to_be_hidden()

    dimension = Dimension.objects.order_by("order").first()
    page.goto(f"{site_url}/hallinta/community_map/dimension/{dimension.pk}/change/")
    tabs.get_by_role("button", name="Englanti").click()
    statements = page.locator("#statements-group table")
    expect(statements.locator("th.column-text_en")).to_be_visible()
    expect(statements.locator("th.column-text_fi")).to_be_hidden()
    expect(statements.locator("td.field-text_fi").first).to_be_hidden()
    expect(statements.locator("td.field-text_en").first).to_be_visible()


def test_a_form_with_an_error_shows_every_language(desktop_page, site_url, staff):
    page = desktop_page
    log_in_as_staff(page, site_url)
    question = KeyQuestion.objects.order_by("order").first()
    page.goto(f"{site_url}/hallinta/services/keyquestion/{question.pk}/change/")
    page.get_by_role("button", name="Englanti").click()
    page.locator("#id_theme_en").fill("")
    page.locator("#id_theme_fi").evaluate("box => { box.value = ''; box.required = false; }")

    page.get_by_role("button", name="Tallenna välillä ja jatka muokkaamista").first.click()

    expect(page.locator(".errornote")).to_be_visible()
    expect(page.get_by_role("button", name="Kaikki kielet")).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(page.locator("#id_theme_fi")).to_be_visible()
