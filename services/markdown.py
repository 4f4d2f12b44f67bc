"""Markdown rendering for staff-written body text: convert, then sanitise with nh3."""

import markdown
import nh3
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from images.markdown import insert_pictures

ALLOWED_TAGS = {
    "a", "abbr", "blockquote", "br", "code", "em", "h2", "h3", "h4", "hr", "li", "ol",
    "p", "pre", "strong", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "h2": {"id"},
    "h3": {"id"},
    "h4": {"id"},
    "th": {"align"},
    "td": {"align"},
}
HEADING_ID_PREFIX = "osio-"


def _slugify_heading(value, separator):
    return HEADING_ID_PREFIX + slugify(value).replace("-", separator)


def render(text):
    """
    Return ``(html, headings)`` for Markdown ``text``.

    ``html`` is sanitised and safe to output; raw HTML in the source is escaped or removed.
    ``![[kuva:12]]`` shows uploaded image 12 (see images/markdown.py).
    ``headings`` lists the second-level headings as ``{"id", "name"}`` for a table of contents.
    """
    converter = markdown.Markdown(
        extensions=["toc", "sane_lists", "smarty"],
        extension_configs={
            "toc": {"slugify": _slugify_heading, "toc_depth": "2"},
            "smarty": {"substitutions": {"left-double-quote": "”", "right-double-quote": "”"}},
        },
    )
    converted = converter.convert(text or "")
    html = nh3.clean(
        converted,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener",
    )
    html = insert_pictures(html)
    headings = [{"id": token["id"], "name": token["name"]} for token in converter.toc_tokens]
    return mark_safe(html), headings
