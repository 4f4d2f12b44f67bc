"""
``{% address "/nain-aloitamme/" %}``: the page at a Finnish address in the language of the
page being shown ("/en/how-we-start/" on an English page), for links a template names by
the Finnish address staff know (core.languages.address_in).
"""

from django import template

from core import languages

register = template.Library()

register.simple_tag(languages.current_address, name="address")
