"""
HTML to PDF with xhtml2pdf (pure Python on ReportLab: no system library, no browser).

A document is drawn from the same Django template as its HTML page, so the two cannot say
different things. Nothing is fetched from the network: the only resources a document may name
are the site's own static files (its stylesheet), found on disk through the staticfiles
finders; any other address (http:, file:, data:, a media file) is refused and left out.
"""

import io
import logging
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders

logger = logging.getLogger(__name__)


class PdfError(Exception):
    """xhtml2pdf could not lay the document out."""


def static_file(uri):
    """The path on disk of ``uri`` when it names one of the site's static files, else None."""
    parts = urlsplit(uri)
    if parts.scheme or parts.netloc or parts.query:
        return None
    prefix = "/" + settings.STATIC_URL.lstrip("/")
    path = unquote(parts.path)
    if not path.startswith(prefix):
        return None
    name = path.removeprefix(prefix)
    if not name or ".." in name.split("/"):
        return None
    return finders.find(name)


def link_callback(uri, rel):
    """xhtml2pdf's resolver: a static file's path, or an empty name (nothing is fetched)."""
    found = static_file(uri)
    if found is None:
        logger.warning("A PDF named a resource that is not a static file; left out.")
        return ""
    return found


def html_to_pdf(html: str) -> bytes:
    """The PDF of the HTML document ``html`` (an A4 page size comes from its @page rule)."""
    # Imported when a PDF is first drawn: xhtml2pdf and ReportLab are a fifth of the site's
    # start-up (every worker, management command and test process), and few requests need them.
    from xhtml2pdf import pisa

    output = io.BytesIO()
    result = pisa.CreatePDF(html, dest=output, link_callback=link_callback, encoding="utf-8")
    if result.err:
        raise PdfError(f"xhtml2pdf reported {result.err} errors")
    return output.getvalue()
