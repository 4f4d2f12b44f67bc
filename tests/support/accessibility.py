"""
axe-core for the browser tests, as axe-playwright-python runs it, made cheaper.

axe-playwright-python sends the whole axe-core script (about half a megabyte) before every run
and brings every result back (passes and inapplicable rules too, each with a node). Here the
script is sent only to a document that does not have it yet, and only the violations, the one
thing the tests read, come back.
"""

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe as _Axe

# What every browser test asks of axe-core: WCAG 2.2 AA, and only the violations back.
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
    },
    "resultTypes": ["violations"],
}
# The two widths a visitor's page is checked at where not at every width (tests/browser).
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

VIOLATIONS_ONLY = """([context, options]) => axe.run(context || document, options || {})
    .then(results => ({violations: results.violations}))"""


class Axe(_Axe):
    def run(self, page, context=None, options=None):
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.evaluate(self.axe_script)
        return AxeResults(page.evaluate(VIOLATIONS_ONLY, [context, options]))


def assert_accessible(page):
    """
    Zero axe violations. axe runs as a script, which a page with JavaScript off cannot run
    (Playwright would wait forever): those pages are the same HTML, checked in the run with
    JavaScript on.
    """
    if getattr(page, "javascript_disabled", False):
        return
    results = Axe().run(page, options=AXE_OPTIONS)
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def assert_accessible_at_both_widths(page):
    """Zero axe violations on the phone and on the desktop."""
    for viewport in (PHONE, DESKTOP):
        page.set_viewport_size(viewport)
        assert_accessible(page)


def violations_on(browser, site_url, axe, viewport, pages):
    """
    axe's report of each page of ``pages`` (address: a text it must show) that has violations,
    each loaded in turn in one browser context of ``viewport``.
    """
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    reports = {}
    for path, text in pages.items():
        page.goto(site_url + path)
        assert text in page.content(), path
        results = axe.run(page, options=AXE_OPTIONS)
        if results.violations_count:
            reports[path] = results.generate_report()
    context.close()
    return reports
