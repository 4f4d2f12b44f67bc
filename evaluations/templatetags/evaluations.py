from django import template
from django.utils.formats import number_format

register = template.Library()

MINUS = "\u2212"


@register.filter
def signed(change):
    """A change of a figure with its sign, in the reader's format: +0,8, −0,3, ±0,0."""
    if change is None:
        return ""
    text = number_format(abs(change), 1)
    if change > 0:
        return f"+{text}"
    if change < 0:
        return f"{MINUS}{text}"
    return f"±{text}"


@register.filter
def one_decimal(value):
    return "" if value is None else number_format(value, 1)
