"""A content editor edits the site in the admin and sees the result on the public pages."""

from playwright.sync_api import expect

from tests.support.admin_browser import log_in_as_content_editor


def test_editor_changes_a_page_body_and_sees_it_on_the_site(desktop_page, site_url):
    page = desktop_page
    log_in_as_content_editor(page, site_url)

    page.get_by_role("link", name="Sivut").first.click()
    page.get_by_role("link", name="Miten työnohjaus vaikuttaa?").click()
    body = page.get_by_role("textbox", name="Leipäteksti (suomi):", exact=True)
    body.fill(body.input_value() + "\n\n## Uusi osio\n\nTämä kappale lisättiin ylläpidossa.")
    page.get_by_role("button", name="Tallenna ja poistu").first.click()
    expect(page.locator(".messagelist")).to_contain_text("on muokattu")

    page.goto(site_url + "/vaikuttavuus/")
    expect(page.get_by_role("heading", name="Uusi osio")).to_be_visible()
    expect(page.get_by_text("Tämä kappale lisättiin ylläpidossa.")).to_be_visible()


def test_editor_reorders_two_forms_by_dragging(desktop_page, site_url):
    page = desktop_page
    log_in_as_content_editor(page, site_url)
    page.goto(site_url + "/hallinta/services/supervisionform/")
    rows = page.locator("#result_list tbody tr")
    expect(rows.first).to_contain_text("Yksilötyönohjaus")

    with page.expect_response(lambda response: "adminsortable2_update" in response.url) as update:
        rows.nth(1).locator(".drag.handle").drag_to(rows.nth(0).locator(".drag.handle"))
    assert update.value.ok

    page.goto(site_url + "/palvelut/")
    names = page.locator(".card__title").all_inner_texts()
    assert names[:2] == ["Ryhmätyönohjaus", "Yksilötyönohjaus"]
