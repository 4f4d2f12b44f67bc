"""
In Chromium, in Finnish: the Markdown editor's image button opens a picker of thumbnails,
searchable, with an upload in place; choosing an image inserts its code into the page body and
the live preview shows the image. The picker passes axe at 1280 and 375 px.
"""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from images.forms import ImageAdminForm
from images.models import Image
from services.models import Page
from tests.support import image_files
from tests.support.accessibility import AXE_OPTIONS, PHONE, Axe
from tests.support.admin_browser import log_in_with_authenticator


@pytest.fixture
def lake(site_url, settings, tmp_path):
    """One image in the library, its files served by the live server."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SERVE_MEDIA = True
    form = ImageAdminForm(
        {"title": "Järvimaisema", "alt_text": "Järvi auringonlaskussa"},
        {"file": image_files.upload(image_files.png(), name="jarvi.png")},
    )
    assert form.is_valid(), form.errors
    return form.save()


def screenshot(page, name, tmp_path):
    """Kept where SCREENSHOT_DIR says (to be looked at), else with the test's files."""
    folder = Path(os.environ.get("SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=folder / name)


def assert_accessible(page):
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, results.generate_report()


def test_the_image_picker_inserts_the_chosen_image_and_the_preview_shows_it(
    watched,
    site_url,
    superuser,
    lake,
    tmp_path,
):
    page = watched
    log_in_with_authenticator(page, site_url, superuser)

    target = Page.objects.get(slug="vaikuttavuus")
    page.goto(f"{site_url}/hallinta/services/page/{target.pk}/change/")
    body = page.get_by_role("textbox", name="Leipäteksti (suomi):", exact=True)
    body.press("Control+End")
    page.locator("[aria-controls=id_body_fi]").get_by_role(
        "button", name="Kuva", exact=True
    ).click()

    picker = page.get_by_role("dialog", name="Valitse kuva")
    expect(picker).to_be_visible()
    choices = picker.locator(".image-picker__choice")
    expect(choices).to_have_count(1)

    # Upload in place: only the file and what it shows; it appears first, ready to choose.
    picker.get_by_label("Kuvatiedosto").set_input_files(
        files=[{"name": "tiimi.png", "mimeType": "image/png", "buffer": image_files.png()}]
    )
    picker.get_by_label("Vaihtoehtoinen teksti").fill("Tiimi istuu pöydän ääressä")
    picker.get_by_role("button", name="Lataa kuva").click()
    expect(choices).to_have_count(2)
    expect(choices.first).to_contain_text("tiimi")
    assert Image.objects.filter(title="tiimi").exists()

    picker.get_by_label("Hae nimellä tai kuvauksella").fill("järvi")
    expect(choices).to_have_count(1)
    screenshot(page, "image-picker-1280.png", tmp_path)
    # The policy first: axe-core's own probes (here and below) add inline styles it refuses.
    assert page.violations(page) == []
    assert_accessible(page)

    choices.first.click()

    expect(picker).to_be_hidden()
    assert f"![[kuva:{lake.pk}]]" in body.input_value()
    preview = page.locator(".markdown-editor__preview-body")
    expect(preview.get_by_role("img", name="Järvi auringonlaskussa")).to_be_visible()

    page.set_viewport_size(PHONE)
    page.locator("[aria-controls=id_body_fi]").get_by_role(
        "button", name="Kuva", exact=True
    ).click()
    expect(choices).to_have_count(1)
    screenshot(page, "image-picker-375.png", tmp_path)
    assert_accessible(page)
