"""
Pages reached by a secret address (``<token:…>``, core/url_tokens.py): kept out of every cache,
every search index and every Referer header, where the address would travel to another site.

Under ``Referrer-Policy: no-referrer`` browsers send ``Origin: null`` with a form's POST, which
Django's CSRF check refuses; a form posted from such a page to another token address is
therefore exempt from it (``csrf_exempt``). That protects nothing less: the secret in the
address is what authorises the request, and a forged request would need it.

They are not compressed either (``core.compression``): a client's booking page holds their
details beside a form whose errors repeat what was posted.
"""

from functools import wraps

from django.utils.cache import add_never_cache_headers

from .compression import forbid_compression


def keep_private(response):
    """Keep ``response`` out of caches, indexes and the Referer header of the next request."""
    add_never_cache_headers(response)
    forbid_compression(response)
    response["X-Robots-Tag"] = "noindex"
    response["Referrer-Policy"] = "no-referrer"
    return response


def token_page(view):
    """The view of an address with a secret token: every response it gives is kept private."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return keep_private(view(request, *args, **kwargs))

    return wrapper
