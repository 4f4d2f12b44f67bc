"""
Uploaded images in staff-written Markdown: ``![[kuva:12]]`` becomes the site's `<picture>`.

The Markdown is converted and sanitised first, with images still forbidden (raw `<img>` or
``![](…)`` with any address stays removed). Only then are the tokens replaced by markup made
here from the image's own record, itself passed through a second allow-list that admits
exactly the elements and attributes we emit, and addresses of our own stored images only.

Only a token in the text is an image: one inside an attribute (a link's title) or in code
stays as written. nh3's output is serialised HTML in which text holds no ``<`` (it is
``&lt;``) and every attribute value is in double quotes (a ``"`` in it is ``&quot;``), so a
tag is ``<`` up to the first ``>`` outside quotes, and everything between tags is text.
"""

import re

import nh3
from django.utils.html import format_html

from . import rendering
from .models import Image

TOKEN = re.compile(r"!\[\[kuva:(\d{1,18})\]\]")
# The sanitised HTML read piece by piece: a token alone in its paragraph (a figure with its
# caption), a tag, whose attributes are skipped whole, or a token in the text (inline).
PIECE = re.compile(
    r"(?P<block><p>\s*!\[\[kuva:(?P<block_id>\d{1,18})\]\]\s*</p>)"
    r"|(?P<tag><(?P<closing>/?)(?P<name>[A-Za-z][A-Za-z0-9]*)(?:[^>\"]|\"[^\"]*\")*>)"
    r"|!\[\[kuva:(?P<inline_id>\d{1,18})\]\]"
)
# Elements whose text is code: a token there is shown as written.
CODE_ELEMENTS = {"code", "pre"}
SIZES = "(min-width: 48rem) 42rem, 100vw"

TAGS = {"figure", "figcaption", "picture", "source", "img"}
ATTRIBUTES = {
    "figure": {"class"},
    "figcaption": {"class"},
    "picture": {"class"},
    "source": {"type", "srcset", "sizes"},
    "img": {"src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding"},
}
URL_ATTRIBUTES = {"src", "srcset"}


def _own_urls_only(element, attribute, value):
    if attribute not in URL_ATTRIBUTES:
        return value
    prefix = rendering.media_url_prefix()
    urls = [candidate.strip().split(" ")[0] for candidate in value.split(",")]
    return value if all(url.startswith(prefix) for url in urls) else None


def _sanitise(fragment):
    return nh3.clean(
        str(fragment),
        tags=TAGS,
        attributes=ATTRIBUTES,
        attribute_filter=_own_urls_only,
        url_schemes={"http", "https"},
    )


def _figure(image):
    if image is None:
        return ""
    picture = rendering.picture(image, sizes=SIZES, css_class="figure__picture")
    caption = " – ".join(part for part in (image.caption, image.credit) if part)
    if caption:
        return _sanitise(
            format_html(
                '<figure class="figure">{}<figcaption class="figure__caption">{}</figcaption>'
                "</figure>",
                picture,
                caption,
            )
        )
    return _sanitise(format_html('<figure class="figure">{}</figure>', picture))


def _inline(image):
    if image is None:
        return ""
    return _sanitise(rendering.picture(image, sizes=SIZES))


def insert_pictures(html):
    """Replace the image tokens in the text of sanitised ``html``; unknown images show nothing."""
    ids = {int(found) for found in TOKEN.findall(html)}
    if not ids:
        return html
    images = Image.objects.in_bulk(ids)
    open_code_elements = 0

    def replace(piece):
        nonlocal open_code_elements
        if piece["tag"]:
            if piece["name"].lower() in CODE_ELEMENTS:
                open_code_elements += -1 if piece["closing"] else 1
            return piece[0]
        if open_code_elements:
            return piece[0]
        if piece["block"]:
            return _figure(images.get(int(piece["block_id"])))
        return _inline(images.get(int(piece["inline_id"])))

    return PIECE.sub(replace, html)
