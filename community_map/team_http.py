"""
What every team-map page shares: privacy headers, the Finnish error pages, the code rate limit.

Every page with a secret in its address (a results token, an answer code, an own-map
reference) tells browsers and proxies to keep nothing (``private, no-store``), to send no
Referer onward (the secret would travel in it) and to index nothing. The server's own cache
keeps the questionnaire and the results only with the secret blanked out (core.page_cache's
fresh parts), never a code or token itself.

The forms posted from a page with a secret are exempt from Django's CSRF check, deliberately:
under ``Referrer-Policy: no-referrer`` browsers send ``Origin: null`` with a form's POST, which
the check must refuse; and it would protect nothing here, since the secret in the address is
itself what authorises the request: a forged request needs the secret, and whoever holds it
can send the request directly. The leader's creation form and the code entry form, on pages
without a secret, keep the CSRF check.

Such pages are not compressed (``core.compression``), except the map pages whose views say
so: the questionnaire, a member's own map, the results and the handout show nothing of the
request but the secret in its own address, so compression lets nobody read more than they
sent.
"""

from functools import partial, wraps

from django.shortcuts import render

from core import ratelimit
from core.clients import client_address
from core.compression import allow_compression, forbid_compression

from . import team

HTTP_TOO_MANY_REQUESTS = 429


def keep_private(response, *, referrer=False, compress=False):
    """
    Keep ``response`` out of every cache and index; with a secret, out of Referer too, and
    uncompressed unless ``compress`` (see the module's docstring).
    """
    response["Cache-Control"] = "private, no-store"
    if compress:
        allow_compression(response)
    else:
        forbid_compression(response)
    response["X-Robots-Tag"] = "noindex"
    if not referrer:
        response["Referrer-Policy"] = "no-referrer"
    return response


def private_page(view=None, *, compress=False):
    """Keep a page with a secret in its address out of every cache, Referer and index."""
    if view is None:
        return partial(private_page, compress=compress)

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return keep_private(view(request, *args, **kwargs), compress=compress)

    return wrapper


def not_found(request):
    return render(request, "community_map/team/not_found.html", status=404)


def closed(request, survey):
    return render(request, "community_map/team/closed.html", {"survey": survey}, status=410)


def code_used(request, survey):
    """A code that has answered once: 410, whether it is opened again or sent twice at once."""
    return render(request, "community_map/team/code_used.html", {"survey": survey}, status=410)


def rate_limited(request):
    return render(request, "community_map/team/rate_limited.html", status=HTTP_TOO_MANY_REQUESTS)


def within_code_limit(request):
    """Count one request that carries an answer code; False once the address is over the limit."""
    key = ratelimit.keyed_hash("team-code", client_address(request) or "unknown")
    return ratelimit.hit(key, team.CODE_LIMIT, team.CODE_PERIOD)
