"""``{{ day|local_date }}``: a date as the page's language writes it (core/local_formats.py)."""

from django import template

from core import local_formats

register = template.Library()


@register.filter
def local_date(day):
    return local_formats.date(day) if day else ""


@register.filter
def local_decimal(value):
    """``{{ 2.6|local_decimal }}``: ``2,6``, or ``2.6`` in English; nothing for None."""
    return "" if value is None else local_formats.decimal(value)


@register.filter
def local_change(value):
    """``{{ difference|local_change }}``: ``+0,8`` or ``−0,3``; nothing for None."""
    return "" if value is None else local_formats.change(value)
