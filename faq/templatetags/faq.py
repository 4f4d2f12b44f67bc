from django import template

from core.structured_data import json_ld
from faq import structured_data

register = template.Library()


@register.simple_tag
def faq_json_ld(questions):
    return json_ld(structured_data.faq_page(questions)) if questions else ""
