"""The client's network address, as far as this server can trust it."""

import ipaddress

from django.conf import settings


def client_address(request):
    """
    Return the address of the client that sent ``request``, or None if it has none.

    Without trusted proxies (TRUSTED_PROXY_COUNT = 0) this is REMOTE_ADDR, whoever connected
    to this server. With N trusted proxies it is the address the outermost of them saw: the
    Nth entry from the right of X-Forwarded-For. Entries further left were written by the
    visitor and can change neither rate limits nor login lockouts.
    """
    remote_addr = _ip_address(request.META.get("REMOTE_ADDR", ""))
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote_addr
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < proxies:
        return remote_addr
    return _ip_address(forwarded[-proxies]) or remote_addr


def _ip_address(value):
    """The address in its normal form, or None when ``value`` is not an IP address."""
    try:
        return str(ipaddress.ip_address(value))
    except ValueError:
        return None
