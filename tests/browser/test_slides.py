"""The benefits presentation steps forward and back, with JavaScript and without it."""

from playwright.sync_api import expect

from services.models import Page


def test_visitor_steps_forward_and_back_through_the_slides(desktop_page, site_url):
    page = desktop_page
    total = len(Page.objects.get(slug="hyodyt").slides)
    page.goto(site_url + "/hyodyt/")
    status = page.locator("[data-slide-status]")
    first, second = page.locator("#dia-1"), page.locator("#dia-2")

    expect(status).to_have_text(f"Dia 1 / {total}")
    expect(first).to_be_visible()
    expect(second).to_be_hidden()

    page.get_by_role("button", name="Seuraava").click()
    expect(status).to_have_text(f"Dia 2 / {total}")
    expect(first).to_be_hidden()
    expect(second).to_be_visible()

    page.keyboard.press("ArrowRight")
    expect(status).to_have_text(f"Dia 3 / {total}")

    page.get_by_role("button", name="Edellinen").click()
    page.get_by_role("button", name="Edellinen").click()
    expect(status).to_have_text(f"Dia 1 / {total}")
    expect(first).to_be_visible()


def test_visitor_cannot_step_past_the_last_slide(desktop_page, site_url):
    page = desktop_page
    total = len(Page.objects.get(slug="hyodyt").slides)
    page.goto(site_url + "/hyodyt/")

    next_button = page.get_by_role("button", name="Seuraava")
    for _ in range(total - 1):
        next_button.click()
    expect(next_button).to_have_attribute("aria-disabled", "true")
    next_button.click(force=True)
    page.keyboard.press("ArrowRight")

    expect(page.locator("[data-slide-status]")).to_have_text(f"Dia {total} / {total}")
    expect(page.locator(f"#dia-{total}")).to_be_visible()


def test_without_javascript_slides_are_linked_in_sequence(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "/hyodyt/")

    expect(page.get_by_role("button", name="Seuraava")).to_be_hidden()
    page.locator("#dia-1").get_by_role("link", name="Seuraava dia").click()
    page.locator("#dia-2").get_by_role("link", name="Edellinen dia").click()

    assert page.evaluate("window.location.hash") == "#dia-1"
    context.close()


def test_printing_shows_every_slide(desktop_page, site_url):
    page = desktop_page
    total = len(Page.objects.get(slug="hyodyt").slides)
    page.goto(site_url + "/hyodyt/")

    page.emulate_media(media="print")

    for number in range(1, total + 1):
        expect(page.locator(f"#dia-{number}")).to_be_visible()
    expect(page.get_by_role("button", name="Seuraava")).to_be_hidden()
