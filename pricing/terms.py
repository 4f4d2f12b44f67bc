"""
The published price terms, and every text that mentions them.

No page may promise a kind of term staff have not written: the texts that name terms (the
prices page's search descriptions, the "all prices" links) are built here from the kinds that
are published. Other apps' pages (the public buyers' page, the supplier sheet) take the terms
and their kinds from here too.
"""

from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.parts import cached_part
from images.models import Image
from services.models import Page, SupervisionForm

from .models import PriceTerm

# How each required kind is named inside a sentence, in the order of PriceTerm.REQUIRED_KINDS.
KIND_PHRASES = {
    PriceTerm.Kind.CANCELLATION: _("cancellation terms"),
    PriceTerm.Kind.TRAVEL: _("travel costs"),
    PriceTerm.Kind.INVOICING: _("invoicing terms"),
}


def published_terms():
    """
    The published terms in display order, as a list with their Markdown rendered; kept
    until a term (or an image, or an address it links to) changes, so a page that shows or
    mentions them costs one query at most.
    """

    def load():
        terms = list(PriceTerm.objects.published())
        for term in terms:
            _rendered = term.body_html  # kept on the instance by cached_property, and cached
        return terms

    # Links in the texts lead to the pages' and forms' addresses in the reader's language.
    return cached_part("price-terms", (PriceTerm, Image, Page, SupervisionForm), load)


def published_kinds():
    """The set of kinds the published terms cover."""
    return {term.kind for term in published_terms()}


def terms_of_kind(kind):
    """The published terms of one kind, in display order."""
    return [term for term in published_terms() if term.kind == kind]


def missing_kinds():
    """The kinds a complete offer states that no published term covers yet, in order."""
    kinds = published_kinds()
    return [kind for kind in PriceTerm.REQUIRED_KINDS if kind not in kinds]


def kinds_text(kinds=None):
    """
    The required kinds that are published, named in a Finnish list ("peruutusehdot,
    matkakulut ja laskutusehdot"), or "" when none is.
    """
    kinds = published_kinds() if kinds is None else set(kinds)
    phrases = [str(KIND_PHRASES[kind]) for kind in PriceTerm.REQUIRED_KINDS if kind in kinds]
    return str(get_text_list(phrases, gettext("and"))) if phrases else ""


def description_sentence(kinds=None):
    """
    A sentence for a search description naming the published kinds of terms ("Sivulla myös
    peruutusehdot ja matkakulut."), or "" when none is published.
    """
    text = kinds_text(kinds)
    if not text:
        return ""
    return gettext("Also on the page: %(kinds)s.") % {"kinds": text}


def prices_link_text():
    """The text of a link to the prices page: it names the terms only when some exist."""
    if published_terms():
        return gettext("All prices and terms")
    return gettext("All prices")
