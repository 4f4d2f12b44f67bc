"""The suite's cheaper axe-core (tests/support/accessibility.py) still finds what axe finds."""

from tests.support.accessibility import AXE_OPTIONS, Axe


def test_axe_finds_an_unlabelled_field_on_a_second_run_in_the_same_document(desktop_page):
    page = desktop_page
    page.set_content('<html lang="fi"><title>Testi</title><main><h1>Testi</h1></main></html>')
    axe = Axe()

    assert axe.run(page, options=AXE_OPTIONS).violations_count == 0

    page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    results = axe.run(page, options=AXE_OPTIONS)
    assert [violation["id"] for violation in results.response["violations"]] == ["label"]
    assert "Ensure every form element has a label" in results.generate_report()
