"""schema.org structured data (JSON-LD): the parts every app's pages share."""

import json

from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import pgettext

CONTEXT = "https://schema.org"

# Characters that could end the script element or start markup inside it.
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def absolute(path):
    return settings.SITE_URL.rstrip("/") + path


def organisation_id():
    return absolute("/#organisaatio")


def breadcrumbs(*trail):
    """A BreadcrumbList from (name, path) pairs, the home page first."""
    items = [(pgettext("site", "Home"), reverse("services:home")), *trail]
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": absolute(path)}
            for position, (name, path) in enumerate(items, start=1)
        ],
    }


def json_ld(*items):
    """Render schema.org items as <script type="application/ld+json"> blocks."""
    blocks = [
        format_html(
            '<script type="application/ld+json">{}</script>',
            mark_safe(json.dumps(item, ensure_ascii=False).translate(JSON_ESCAPES)),
        )
        for item in items
        if item
    ]
    return mark_safe("\n".join(blocks))
