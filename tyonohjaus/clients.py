"""The client's network address, as far as this server can trust it."""


def client_address(request):
    """
    Return the address of the client that sent ``request``.

    This is REMOTE_ADDR: the address of whoever connected to this server. A visitor-supplied
    X-Forwarded-For header is ignored, so it can change neither rate limits nor lockouts.
    """
    return request.META.get("REMOTE_ADDR", "") or "unknown"
