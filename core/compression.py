"""
Gzip for every response that holds no secret beside something the request could have chosen.

Compression lets an attacker who can make a victim's browser send requests of their choosing,
and who can see the sizes of the answers, read a secret out of a page a byte at a time, when
the page also reflects what the request sent (BREACH). A response is therefore left
uncompressed when it holds a secret that the request itself did not carry:

- a CSRF token (any page that issued one: forms, the admin), next to form fields and errors
  that repeat what was posted;
- anything a logged-in staff member's session shows (the admin: clients' details beside a
  search box that repeats its query);
- a page at a secret address (``core.token_pages``, the team map's ``team_http``), unless its
  view declares it compressible: a client's booking page, say, holds the client's details and
  a form whose errors repeat what was posted.

Everything else is compressed: the public pages (the page cache stores them compressed once,
``core.page_cache``), the personal map result, the free times, error pages. A secret that
comes only from the request's own address (a team map's answer code or results token, when
the page shows nothing but that code and content) cannot be read this way: a request that
carries it already knows it.

A form page answered early (``core.page_cache.EarlyHitMiddleware``: a GET, the same page for
every visitor, nothing of a POST in it) is gzipped although it holds a CSRF token: by
``GzipWithGaps``, which compresses only the page's constant parts and puts the tokens between
them uncompressed, so the answer's size does not depend on them at all.
"""

import gzip
import re
import struct
import zlib

from django.conf import settings
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Stored pages are compressed once, so the smallest output is worth a little more time.
STORED_LEVEL = 9


def accepts_gzip(request):
    return bool(ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))


def compress(content):
    """``content`` gzipped once, for storing; the same bytes every time (no timestamp)."""
    return gzip.compress(content, compresslevel=STORED_LEVEL, mtime=0)


def decompress(content):
    return gzip.decompress(content)


# gzip's header with no name and no time, so that the same body always gives the same bytes.
GZIP_HEADER = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
RAW_DEFLATE = -zlib.MAX_WBITS


def _deflated(data, *, last, level=STORED_LEVEL, window_bits=RAW_DEFLATE, memory_level=8):
    """
    ``data`` as raw deflate blocks standing on their own: nothing in them refers to data
    before them, and, unless ``last``, they end on a byte boundary (a full flush) so that
    blocks of another compressor may follow.
    """
    compressor = zlib.compressobj(level, zlib.DEFLATED, window_bits, memory_level)
    return compressor.compress(data) + compressor.flush(
        zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH
    )


class GzipWithGaps:
    """
    A page gzipped once around the gaps where each response writes in values of its own.

    Each constant part is compressed once, as a deflate stream of its own; a response's
    values are stored (as deflate's uncompressed blocks) between them, and only the checksum
    is computed afresh. A 50 KB page then costs tens of microseconds a response instead of
    the milliseconds of compressing it whole.
    """

    def __init__(self, parts):
        """``parts``: the constant bytes around the gaps, one more than there are gaps."""
        self.parts = list(parts)
        last = len(self.parts) - 1
        self.compressed = [
            _deflated(part, last=index == last) for index, part in enumerate(self.parts)
        ]

    def fill(self, values):
        """The gzipped page with ``values`` (bytes, one per gap) written into the gaps."""
        if len(values) != len(self.parts) - 1:
            raise ValueError("one value for each gap")
        body, checksum, size = [GZIP_HEADER], 0, 0
        gaps = [*values, None]  # nothing after the last part
        for part, compressed, value in zip(self.parts, self.compressed, gaps, strict=True):
            body.append(compressed)
            checksum, size = zlib.crc32(part, checksum), size + len(part)
            if value is not None:
                # Level 0, the smallest window: a value is short and would not compress.
                body.append(_deflated(value, last=False, level=0, window_bits=-9, memory_level=1))
                checksum, size = zlib.crc32(value, checksum), size + len(value)
        body.append(struct.pack("<II", checksum & 0xFFFFFFFF, size & 0xFFFFFFFF))
        return b"".join(body)


def mark_compressed(response):
    """Headers of a response whose body is already gzipped (by ``compress``)."""
    response["Content-Encoding"] = "gzip"
    patch_vary_headers(response, ["Accept-Encoding"])
    etag = response.get("ETag", "")
    if etag.startswith('"'):
        # Not the uncompressed body's bytes, so a weak tag, as GZipMiddleware makes it.
        response["ETag"] = "W/" + etag
    return response


def forbid_compression(response):
    """Never compress ``response``: it holds a secret beside what the request chose."""
    response.compressible = False
    return response


def allow_compression(response):
    """Compress ``response`` although it is at a secret address: it reflects nothing else."""
    response.compressible = True
    return response


def _logged_in(request):
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def compressible(request, response):
    """Whether ``response`` may be compressed, by the rules in this module's docstring."""
    # A page that issued a CSRF token sets the cookie it is checked against (CsrfViewMiddleware).
    if settings.CSRF_COOKIE_NAME in response.cookies or request.META.get(
        "CSRF_COOKIE_NEEDS_UPDATE"
    ):
        return False
    if _logged_in(request):
        return False
    return getattr(response, "compressible", True)


class CompressionMiddleware(GZipMiddleware):
    """Django's GZipMiddleware (random bytes in each response included), for what may be."""

    def process_response(self, request, response):
        if not compressible(request, response):
            return response
        return super().process_response(request, response)
