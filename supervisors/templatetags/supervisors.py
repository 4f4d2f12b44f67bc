from django import template

from core.structured_data import json_ld
from supervisors import structured_data

register = template.Library()


@register.simple_tag
def person_json_ld(supervisor, site=None):
    return json_ld(structured_data.person(supervisor, site))


@register.simple_tag
def supervisors_offering(form):
    """The published supervisors who offer ``form``, with their photos, in one query."""
    if form.pk is None:  # a new form previewed before it is saved: no one offers it yet
        return []
    return list(form.supervisors.published().select_related("photo"))
