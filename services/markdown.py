"""Markdown rendering for staff-written body text: convert, then sanitise with nh3."""

import functools
import hashlib
import re
from html import unescape
from importlib.metadata import version
from pathlib import Path

import django
import markdown
import nh3
from django.conf import settings
from django.core.cache import cache
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language

from core import languages
from core.page_cache import PAGE_TIMEOUT, content_version
from images import markdown as image_markdown
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


# A link to an address of this site, as staff write it: "/ota-yhteytta/?aihe=…".
SITE_LINK = re.compile(r'href="(/(?!/)[^"]*)"')


def _links_in_current_language(html):
    """
    ``html`` with its links to the site's own (Finnish) addresses leading to the pages in
    the request's language: a Swedish text's "/hyodyt/" to "/sv/fordelar/".
    """
    language = get_language()
    if language == settings.LANGUAGE_CODE:
        return html

    def localized(link):
        return f'href="{escape(languages.address_in(unescape(link[1]), language))}"'

    return mark_safe(SITE_LINK.sub(localized, html))


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
    html, headings = _sanitised(text)
    return _links_in_current_language(mark_safe(insert_pictures(html))), headings


def _sanitised(text):
    """The converted and sanitised HTML of ``text``, image tokens still as written."""
    html, headings = _converted(text or "")
    return html, [dict(heading) for heading in headings]


@functools.lru_cache(maxsize=512)
def _converted(text):
    # A pure function of the text (and of this code): a worker converts each text once, so a
    # page drawn again after an edit of other content does not convert its body again (about
    # 4 ms of the home page's 19).
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
    headings = tuple({"id": token["id"], "name": token["name"]} for token in converter.toc_tokens)
    return html, headings


# What the HTML of a text depends on besides the text: this code and the libraries'.
RENDERER = hashlib.sha256(
    Path(__file__).read_bytes()
    + Path(image_markdown.__file__).read_bytes()
    + f"{django.__version__}:{markdown.__version__}:{version('nh3')}".encode()
).hexdigest()[:16]


def rendered_html(texts):
    """
    The HTML of each Markdown text in ``texts`` (as ``render`` gives it), rendered once.

    Kept in the cache by a digest of the text itself, so the HTML of a text nobody changed
    outlives every edit of other content (a cold page of a hundred answers renders none of
    them again). A text that shows images is the exception: their markup follows the image
    library, so its HTML is kept for one content version only.
    """
    texts = [text or "" for text in texts]
    keys = [f"markdown:{RENDERER}:{hashlib.sha256(text.encode()).hexdigest()}" for text in texts]
    found = cache.get_many(keys)
    current = content_version()
    result, new = [], {}
    for text, key in zip(texts, keys, strict=True):
        html, images_of_version = found.get(key, (None, None))
        if html is None or images_of_version not in (None, current):
            sanitised, _headings = _sanitised(text)
            shows_images = image_markdown.TOKEN.search(sanitised) is not None
            html = insert_pictures(sanitised)
            new[key] = (html, current if shows_images else None)
        result.append(_links_in_current_language(mark_safe(html)))
    if new:
        cache.set_many(new, PAGE_TIMEOUT)
    return result
