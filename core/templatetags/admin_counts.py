"""
Counts in the admin in Finnish grammar: "1 hinta", "6 hintaa", "0 yhteydenottoa".

After a number other than one, Finnish takes the partitive of the singular, not the plural
Django's admin shows ("6 hinnat"). The partitive comes from core/admin_titles.py.
"""

from django import template

from core import admin_titles

register = template.Library()


@register.filter
def count_of(count, opts):
    """``count`` of the model whose options are ``opts``: "1 hinta", "6 hintaa"."""
    if count == 1:
        return f"{count} {opts.verbose_name}"
    partitive = admin_titles.partitive(opts.verbose_name)
    return f"{count} {partitive if partitive is not None else opts.verbose_name_plural}"
