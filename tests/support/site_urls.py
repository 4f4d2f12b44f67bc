"""The site's public addresses, found from its URLconf and its sitemap (no hand-kept list)."""

import re
from urllib.parse import urlsplit

from django.urls import URLPattern, URLResolver, get_resolver

from core.url_tokens import PARAMETER


def plain_routes(patterns=None, prefix=""):
    """The URLconf's addresses that take no argument (the admin's left out)."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if pattern.namespace != "admin":
                yield from plain_routes(pattern.url_patterns, route)
        elif "<" not in route and not route.startswith("^"):
            yield "/" + route


def sitemap_paths(client):
    """The path of every address in the sitemap."""
    xml = client.get("/sitemap.xml").content.decode()
    return [urlsplit(location).path for location in re.findall(r"<loc>([^<]+)</loc>", xml)]


def public_addresses(client):
    """Every public address that needs no token: the URLconf's plain ones and the sitemap's."""
    return sorted(set(plain_routes()) | set(sitemap_paths(client)))


def _routes(patterns, prefix=""):
    """The route of every pattern outside the admin."""
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver) and route != "hallinta/":
            yield from _routes(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


def _example(parameter):
    return "1" if parameter["converter"] == "int" else "esimerkki"


# Every address outside the admin, each parameter given an example value (1 or "esimerkki").
PUBLIC_PATHS = sorted(
    {"/" + PARAMETER.sub(_example, route) for route in _routes(get_resolver().url_patterns)}
)
