from django import template

from pricing import terms
from pricing.models import form_from_price

register = template.Library()


@register.filter
def from_price(form):
    """``{% with price=form|from_price %}``: the form's lowest price ("alkaen"), or None."""
    return form_from_price(form)


@register.simple_tag
def prices_link_text():
    """``{% prices_link_text %}``: "Kaikki hinnat ja ehdot", or "Kaikki hinnat" without terms."""
    return terms.prices_link_text()


@register.simple_tag
def published_terms():
    """``{% published_terms as terms %}``: the published price terms, in display order."""
    return terms.published_terms()


@register.simple_tag
def terms_description():
    """``{% terms_description %}``: a sentence naming the published kinds of terms, or ""."""
    return terms.description_sentence()
