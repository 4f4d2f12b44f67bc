from django import template

from community_map import attached_table

register = template.Library()


@register.filter
def attached_map(summary):
    """An attached map's stored text as a small table (dimension, score, answers)."""
    return attached_table.as_html(summary) if summary else ""
