from django import template

from pricing.models import form_from_price

register = template.Library()


@register.filter
def from_price(form):
    """``{% with price=form|from_price %}``: the form's lowest price ("alkaen"), or None."""
    return form_from_price(form)
