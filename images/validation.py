"""
Check an uploaded image and re-encode it without metadata, before anything is stored.

Only what Pillow really decodes as JPEG, PNG or WebP passes: a renamed text or HTML file, an
SVG, a truncated file, a decompression bomb, a file too large in bytes or pixels, or a strip
far longer than it is wide is refused with a Finnish message. The stored original is a fresh
encoding of the pixels: the camera's orientation applied, EXIF (GPS included), XMP and
comments gone; only the colour profile kept.
"""

import hashlib
import io
import warnings

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# The formats staff may upload, with the extension their clean copy is stored under.
ACCEPTED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}
ENCODER_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
}
NOT_AN_IMAGE = _(
    "The file is not a JPEG, PNG or WebP image. Choose a photo in one of these formats."
)


def _refuse(message, code, **params):
    raise ValidationError(message, code=code, params=params)


def _check_shape(image):
    """Refuse a strip (20000 × 2): no rendition of it can be made, and no page can show it."""
    longer, shorter = max(image.size), min(image.size)
    if longer > settings.IMAGE_MAX_ASPECT_RATIO * shorter:
        _refuse(
            _(
                "The image is too narrow or too low: its longer side may be at most "
                "%(ratio)d times its shorter side. Crop the image and upload it again."
            ),
            "aspect_ratio",
            ratio=settings.IMAGE_MAX_ASPECT_RATIO,
        )


def _decode(data):
    """Return the fully decoded image in ``data``, or raise a Finnish ValidationError."""
    # Pillow's own limit is 89 megapixels by default (a warning) and twice that (an error):
    # ours is set explicitly, and its warning is an error too.
    Image.MAX_IMAGE_PIXELS = settings.IMAGE_MAX_PIXELS
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=list(ACCEPTED_FORMATS))
            if image.width * image.height > settings.IMAGE_MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            _check_shape(image)
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        _refuse(
            _("The image is too large: at most %(megapixels)d megapixels. Make it smaller."),
            "too_many_pixels",
            megapixels=settings.IMAGE_MAX_PIXELS // 1_000_000,
        )
    except UnidentifiedImageError:
        _refuse(NOT_AN_IMAGE, "not_an_image")
    except (OSError, SyntaxError, ValueError):
        # Truncated or corrupt data fails while the pixels are decoded.
        _refuse(
            _("The image file is damaged or incomplete. Save it again and upload the new copy."),
            "corrupt",
        )
    return image


def clean_image(upload):
    """
    Return a metadata-free copy of ``upload`` as a ContentFile named by its content's hash.

    Raise ValidationError (in Finnish) when the upload is not an acceptable image.
    """
    if upload.size > settings.IMAGE_MAX_BYTES:
        _refuse(
            _("The file is too large: at most %(megabytes)d MB. Make the image smaller."),
            "too_large",
            megabytes=settings.IMAGE_MAX_BYTES // (1024 * 1024),
        )
    upload.seek(0)
    data = upload.read()
    image = _decode(data)
    image_format = image.format
    icc_profile = image.info.get("icc_profile")
    upright = ImageOps.exif_transpose(image)
    if upright.mode == "CMYK":
        icc_profile = None  # a CMYK profile would describe the converted pixels wrongly
    if upright.mode not in ("RGB", "L"):
        has_alpha = "A" in upright.getbands() or "transparency" in upright.info
        upright = upright.convert("RGBA" if has_alpha and image_format != "JPEG" else "RGB")
    # A fresh image holds the pixels only: no EXIF, XMP, comments or other chunks travel on.
    clean = Image.new(upright.mode, upright.size)
    clean.paste(upright)
    options = dict(ENCODER_OPTIONS[image_format])
    if icc_profile:
        options["icc_profile"] = icc_profile
    buffer = io.BytesIO()
    clean.save(buffer, format=image_format, **options)
    encoded = buffer.getvalue()
    digest = hashlib.sha256(encoded).hexdigest()[:24]
    return ContentFile(encoded, name=f"{digest}.{ACCEPTED_FORMATS[image_format]}")
