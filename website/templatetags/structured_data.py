"""JSON-LD of the consultancy and its services, for the home page and the forms' pages."""

from django import template

from core.structured_data import json_ld
from website import structured_data

register = template.Library()


@register.simple_tag
def organisation_json_ld(site, forms=()):
    return json_ld(structured_data.organisation(site, forms))


@register.simple_tag
def service_json_ld(form):
    return json_ld(structured_data.service(form))
