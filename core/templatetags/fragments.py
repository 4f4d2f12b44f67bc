"""
Keys for parts of the layout that are the same on many pages, cached with ``{% cache %}``.

``{% content_fragment_key "footer" as key %}{% cache 86400 site-footer key %}…{% endcache %}``
keeps the part under this request's content version and language, so an edit of any content
shows in it on the next render, exactly as in the cached pages (core.page_cache).
"""

from django import template
from django.utils.translation import get_language

from core.page_cache import content_version

register = template.Library()


@register.simple_tag
def content_fragment_key(*parts):
    """The content version, the language and ``parts``, as one key part for ``{% cache %}``."""
    return ":".join([content_version(), get_language() or "", *map(str, parts)])
