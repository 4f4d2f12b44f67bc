"""
axe-core for the browser tests, as axe-playwright-python runs it, made cheaper.

axe-playwright-python sends the whole axe-core script (about half a megabyte) before every run
and brings every result back (passes and inapplicable rules too, each with a node). Here the
script is sent only to a document that does not have it yet, and only the violations, the one
thing the tests read, come back.
"""

from axe_playwright_python.base import AxeResults
from axe_playwright_python.sync_playwright import Axe as _Axe

VIOLATIONS_ONLY = """([context, options]) => axe.run(context || document, options || {})
    .then(results => ({violations: results.violations}))"""


class Axe(_Axe):
    def run(self, page, context=None, options=None):
        if not page.evaluate("typeof window.axe !== 'undefined'"):
            page.evaluate(self.axe_script)
        return AxeResults(page.evaluate(VIOLATIONS_ONLY, [context, options]))
