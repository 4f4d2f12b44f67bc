"""
Uploaded images in staff-written Markdown: ``![[kuva:12]]`` becomes the site's `<picture>`.

The Markdown is converted and sanitised first, with images still forbidden (raw `<img>` or
``![](…)`` with any address stays removed). Only then are the tokens replaced by markup made
here from the image's own record, itself passed through a second allow-list that admits
exactly the elements and attributes we emit, and addresses of our own stored images only.
"""

import re

import nh3
from django.utils.html import format_html

from . import rendering
from .models import Image

TOKEN = re.compile(r"!\[\[kuva:(\d{1,18})\]\]")
# A token alone in its paragraph becomes a figure with its caption; elsewhere, inline.
BLOCK_TOKEN = re.compile(r"<p>\s*!\[\[kuva:(\d{1,18})\]\]\s*</p>")
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
    """Replace the image tokens in sanitised ``html``; an unknown image shows nothing."""
    ids = {int(found) for found in TOKEN.findall(html)}
    if not ids:
        return html
    images = Image.objects.in_bulk(ids)
    html = BLOCK_TOKEN.sub(lambda match: _figure(images.get(int(match[1]))), html)
    return TOKEN.sub(lambda match: _inline(images.get(int(match[1]))), html)
