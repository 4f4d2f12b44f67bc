"""The benefits presentation steps forward and back, with JavaScript and without it."""

import re

import pytest
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


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_the_presentation_stays_at_the_top_of_the_page_on_load(browser, site_url, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(site_url + "/hyodyt/")
    expect(page.locator("[data-slide-status]")).to_have_text(re.compile(r"^Dia 1 / \d+$"))
    page.wait_for_load_state("load")

    assert page.evaluate("window.scrollY") == 0
    assert page.evaluate("window.location.hash") == ""
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.reload()
    expect(page.locator("[data-slide-status]")).to_have_text(re.compile(r"^Dia 1 / \d+$"))
    assert page.evaluate("window.scrollY") == 0
    context.close()


def test_home_and_end_keys_jump_to_the_first_and_last_slide(desktop_page, site_url):
    page = desktop_page
    total = len(Page.objects.get(slug="hyodyt").slides)
    page.goto(site_url + "/hyodyt/")
    status = page.locator("[data-slide-status]")

    page.keyboard.press("End")
    expect(status).to_have_text(f"Dia {total} / {total}")
    page.keyboard.press("ArrowLeft")
    expect(status).to_have_text(f"Dia {total - 1} / {total}")
    page.keyboard.press("Home")
    expect(status).to_have_text(f"Dia 1 / {total}")


def test_the_last_slide_is_not_followed_by_a_second_invitation(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/hyodyt/")

    page.keyboard.press("End")
    expect(page.locator(".slide:not([hidden]) h2")).not_to_have_text(
        "Laita viestiä, niin jutellaan!"
    )
    expect(page.get_by_role("heading", name="Laittakaa viestiä, niin jutellaan!")).to_have_count(1)


def test_the_slides_are_in_large_type(desktop_page, site_url):
    page = desktop_page
    page.goto(site_url + "/hyodyt/")

    body_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
    slide_size = page.evaluate(
        "parseFloat(getComputedStyle(document.querySelector('.slide:not([hidden]) li')).fontSize)"
    )
    assert slide_size >= body_size * 1.2


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
