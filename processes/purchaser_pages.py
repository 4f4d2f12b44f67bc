"""
Pages other apps serve under the purchaser's secret link (evaluations: the results of the
process's evaluation rounds), which the agreement's page links to. An app above this one
registers its page here, so that ``processes`` need not know it.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class PurchaserPage:
    label: Callable[[], str]  # read in the request's language
    url_name: str  # takes the purchaser's token as its one argument
    shown: Callable[[object], bool]  # of the process: whether there is anything to see yet


_pages = []


def register(label, url_name, shown=lambda process: True):
    _pages.append(PurchaserPage(label, url_name, shown))


def links(process, token):
    """``[(label, address)]`` of the registered pages that have something of ``process``."""
    return [
        (str(page.label()), reverse(page.url_name, args=[token]))
        for page in _pages
        if page.shown(process)
    ]
