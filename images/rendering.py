"""The one `<picture>` markup of the site: AVIF and WebP sources, a JPEG fallback, no shift."""

from django.core.files.storage import default_storage
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

# Sources in the browser's order of preference; the last type is the <img> fallback.
SOURCE_TYPES = ("AVIF", "WEBP")
FALLBACK_TYPE = "JPEG"
# The fallback <img> src: the rendition closest to this width (old browsers ignore srcset).
FALLBACK_WIDTH = 600


def media_url_prefix():
    """Where every stored image is served from: nothing else may appear in our markup."""
    return default_storage.url("kuvat/")


def _srcset(pictures):
    return ", ".join(f"{picture.url} {width}w" for width, picture in sorted(pictures.items()))


def picture(image, *, sizes, ratio=None, loading="lazy", css_class="", alt=None):
    """
    Return the `<picture>` element for ``image`` at ``ratio`` (None: its own shape).

    ``alt`` replaces the image's own alternative text where the page already says what the
    image shows beside it (``alt=""``: a logo next to the organisation's name).

    Until the worker has made the renditions (seconds after an upload) the cleaned original
    is shown, so that no page ever points at a file that does not exist yet.
    """
    if image is None or not image.file:
        return ""
    by_type = image.file.aspect_ratios.get(ratio, {}) if image.renditions_ready else {}
    fallbacks = by_type.get(FALLBACK_TYPE, {})
    common = {"alt": image.alt if alt is None else alt, "loading": loading, "class": css_class}
    if not fallbacks:
        return format_html(
            '<img src="{}" alt="{alt}" width="{}" height="{}" loading="{loading}" '
            'decoding="async"{class_attr}>',
            image.file.url,
            image.width,
            image.height,
            class_attr=_class_attr(css_class),
            **common,
        )
    src_width = min(fallbacks, key=lambda width: abs(width - FALLBACK_WIDTH))
    src = fallbacks[src_width]
    height = src.height or round(src_width * image.height / image.width)
    sources = format_html_join(
        "",
        '<source type="image/{}" srcset="{}" sizes="{}">',
        (
            (file_type.lower(), _srcset(by_type[file_type]), sizes)
            for file_type in SOURCE_TYPES
            if by_type.get(file_type)
        ),
    )
    return format_html(
        "<picture{class_attr}>{}"
        '<img src="{}" srcset="{}" sizes="{}" alt="{alt}" width="{}" height="{}" '
        'loading="{loading}" decoding="async"></picture>',
        sources,
        src.url,
        _srcset(fallbacks),
        sizes,
        src_width,
        height,
        class_attr=_class_attr(css_class),
        **common,
    )


def _class_attr(css_class):
    return format_html(' class="{}"', css_class) if css_class else mark_safe("")
