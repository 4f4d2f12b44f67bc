"""Markdown rendering for staff-written body text: convert, then sanitise with nh3."""

import re

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
# Elements whose content is code, never text for a reader: removed whole when closed.
CODE_ELEMENT = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
EMPTY_PARAGRAPH = re.compile(r"<p>\s*</p>")
# A tag, comment or declaration in the converted HTML (text and code are escaped by then).
TAG = re.compile(
    r"<!--.*?(?:-->|\Z)|<[!?][^>]*>?|</?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?:[^>\"']|\"[^\"]*\"|'[^']*')*>?",
    re.DOTALL,
)


def _slugify_heading(value, separator):
    return HEADING_ID_PREFIX + slugify(value).replace("-", separator)


def _remove_disallowed_tags(html):
    """
    Remove raw tags that are not allowed, keeping the text between them.

    nh3 would remove them too, but an HTML parser reads everything after an unclosed
    <style>, <textarea>, <title>, <math>, … as that element's content, and the rest of the
    body would vanish with it; here only the tag goes.
    """
    html = CODE_ELEMENT.sub("", html)
    return TAG.sub(lambda tag: tag[0] if tag["name"] in ALLOWED_TAGS else "", html)


def _own_heading_ids_only(tag, attribute, value):
    # An editor's own id="alkuun" would clash with the page's anchors; ours all start osio-.
    if attribute == "id" and not value.startswith(HEADING_ID_PREFIX):
        return None
    return value


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
    # Raw HTML of any other element is inline to Markdown, so an unclosed one cannot turn
    # the rest of the body into one raw block.
    converter.block_level_elements = [
        tag for tag in converter.block_level_elements if tag in ALLOWED_TAGS
    ]
    converted = converter.convert(text or "")
    html = nh3.clean(
        _remove_disallowed_tags(converted),
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        attribute_filter=_own_heading_ids_only,
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener",
    )
    html = EMPTY_PARAGRAPH.sub("", html)
    html = insert_pictures(html)
    headings = [{"id": token["id"], "name": token["name"]} for token in converter.toc_tokens]
    return mark_safe(html), headings
