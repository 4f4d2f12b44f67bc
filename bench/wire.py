"""What pages cost on the wire: one page's body with and without gzip, a first visit's bytes."""

import gzip
import re
import urllib.error
import urllib.request
from urllib.parse import urljoin

# The home page's first visit must stay within this many bytes on the wire (issue 11).
FIRST_VISIT_BUDGET = 150 * 1024


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer of its own, not the page asked for


_opener = urllib.request.build_opener(_NoRedirects)


def fetch(url, encodings=""):
    """
    ``(status, body as sent, Content-Encoding, Content-Type)`` of a GET of ``url``, asking for
    ``encodings``; a redirect is not followed.
    """
    request = urllib.request.Request(url, headers={"Accept-Encoding": encodings})
    try:
        response = _opener.open(request, timeout=60)
    except urllib.error.HTTPError as error:
        response = error
    with response:
        return (
            response.status,
            response.read(),
            response.headers.get("Content-Encoding") or "",
            response.headers.get("Content-Type", ""),
        )


def body_sizes(url):
    """
    ``(bytes sent when gzip is asked for, whether they were gzip-compressed, bytes unasked)``:
    what a browser receives, and the page itself.
    """
    _status, asked, encoding, _type = fetch(url, "gzip")
    _status, plain, _encoding, _type = fetch(url)
    return len(asked), encoding == "gzip", len(plain)


def first_visit_bytes(base_url):
    """
    Compressed bytes of the home page and everything a browser fetches for it: stylesheets,
    preloaded files (the font), scripts, icons, the manifest, images (for a <picture>, its
    largest fallback, so the count errs high) and what the stylesheets load with url().
    """
    html, sizes = _fetch_text(base_url + "/")
    sizes = {"HTML /": sizes}
    references = re.findall(
        r'<(?:link[^>]+rel="(?:stylesheet|icon|manifest|preload)"[^>]+href|script[^>]+src'
        r'|img[^>]+src)="([^"]+)"',
        html,
    )
    queue = [urljoin(base_url + "/", reference) for reference in references]
    seen = set()
    while queue:
        url = queue.pop(0)
        if url in seen or url.startswith("data:"):
            continue
        seen.add(url)
        text, size = _fetch_text(url)
        sizes[url.removeprefix(base_url)] = size
        if url.split("?")[0].endswith(".css"):
            for reference in re.findall(r'url\(\s*["\']?([^"\')]+)', text):
                queue.append(urljoin(url, reference))
    return sizes


def _fetch_text(url):
    """The body (decoded, as text where it is text) and its size on the wire."""
    _status, body, encoding, content_type = fetch(url, "br, gzip")
    text = _decode(body, encoding) if content_type.startswith("text/") else ""
    return text, len(body)


def _decode(body, encoding):
    if encoding == "gzip":
        return gzip.decompress(body).decode()
    if encoding == "br":
        import brotli

        return brotli.decompress(body).decode()
    return body.decode()
