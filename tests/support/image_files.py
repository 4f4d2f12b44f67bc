"""Real image files made in the test, cheaply, with Pillow (and by hand where Pillow will not)."""

import io
import struct
import zlib
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from images import models as image_models
from tests.support.admin_forms import in_finnish_fields

ORIENTATION = 0x0112
GPS_IFD = 0x8825


def jpeg(size=(640, 480), orientation=None, gps=False, colour=(180, 90, 40)):
    """A JPEG whose left half is dark, so that a rotation can be told from its pixels."""
    image = Image.new("RGB", size, colour)
    image.paste((20, 20, 20), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    if orientation:
        exif[ORIENTATION] = orientation
    if gps:
        exif[GPS_IFD] = {1: "N", 2: (60.0, 10.0, 0.0), 3: "E", 4: (24.0, 56.0, 0.0)}
    exif[0x010F] = "Esimerkkikamera"  # Make
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif.tobytes(), comment=b"secret comment")
    return buffer.getvalue()


def png(size=(400, 300)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (40, 120, 90)).save(buffer, format="PNG")
    return buffer.getvalue()


def _chunk(kind, data):
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_claiming(width, height):
    """A tiny PNG whose header claims ``width`` × ``height`` pixels: a decompression bomb."""
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    pixels = zlib.compress(b"\0" * 1024)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


SVG_WITH_SCRIPT = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
    b'<script>alert(document.cookie)</script><rect width="100" height="100"/></svg>'
)


def upload(data, name="kuva.jpg", content_type="image/jpeg"):
    return SimpleUploadedFile(name, data, content_type=content_type)


def read(data):
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


ADD_URL = "/hallinta/images/image/add/"


def post_image(editor_client, data, name="kuva.jpg", capture=None, **fields):
    """Add an image in the admin as staff do; ``capture`` runs its after-commit work."""
    post = {"title": "Testikuva", "alt_text": "Työnohjaaja ikkunan ääressä", **fields}
    post["file"] = upload(data, name=name)
    post = in_finnish_fields(
        image_models.Image, {key: value for key, value in post.items() if value is not None}
    )
    if capture is None:
        return editor_client.post(ADD_URL, post)
    with capture(execute=True):
        return editor_client.post(ADD_URL, post)


def stored_files(media_root):
    """Every file under ``media_root``, sorted (none when it does not exist)."""
    root = Path(media_root)
    return sorted(path for path in root.rglob("*") if path.is_file()) if root.exists() else []
