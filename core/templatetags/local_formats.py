"""``{{ day|local_date }}``: a date as the page's language writes it (core/local_formats.py)."""

from django import template

from core import local_formats

register = template.Library()


@register.filter
def local_date(day):
    return local_formats.date(day) if day else ""
