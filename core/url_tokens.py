"""
Secret tokens in addresses: the ``<token:…>`` path converter, and where the URLconf uses it.

Every address that is itself a key (a client's own booking link, a supervisor's calendar feed,
the team map's answer, results and own-map links) captures its secret with ``<token:name>``.
``token_routes()`` reads the URLconf for those patterns, so the log mask
(core/logging.py) knows every one of them, a token address added later included; a test
(tests/core/test_log_tokens.py) requires every other parameter of the site's own addresses to
be a slug, a number or a path, so a secret cannot be captured as a plain ``str`` by mistake.
"""

import hashlib
import re
from typing import NamedTuple
from urllib.parse import quote

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, register_converter
from django.urls.converters import StringConverter
from django.urls.resolvers import RoutePattern
from django.utils import translation


def token_hash(token):
    """The stored form of a secret token: its SHA-256, so a copy of the database opens nothing."""
    return hashlib.sha256(token.encode()).hexdigest()


# A route's parameters, as Django's path() reads them: <converter:name> or <name>.
PARAMETER = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


class TokenConverter(StringConverter):
    """A secret in an address: matched like ``str``, masked in every log (core/logging.py)."""


def register_token_converter():
    register_converter(TokenConverter, "token")


class TokenPlace(NamedTuple):
    """Where a token stands in an address, as regexes: what comes before it, and after it."""

    before: str  # the address from its leading slash up to the token: "/ajanvaraus/kalenteri/"
    after: str  # the literal rest of the token's path segment, often empty: r"\.ics"


class TokenRoute(NamedTuple):
    view_name: str  # "booking:feed"
    tokens: dict  # {parameter name: TokenPlace}


def _route_regex(pattern):
    """``(regex, {token name: TokenPlace})`` of one step of a URL pattern, unanchored."""
    if not isinstance(pattern, RoutePattern):
        regex = pattern.regex.pattern.removeprefix("^").removesuffix(r"\Z").removesuffix("$")
        return regex, {}
    route, parts, tokens, position = str(pattern), [], {}, 0
    for parameter in PARAMETER.finditer(route):
        parts.append(_literal(route[position : parameter.start()]))
        converter = pattern.converters[parameter["name"]]
        if isinstance(converter, TokenConverter):
            rest_of_segment = re.match(r"[^/<]*", route[parameter.end() :])[0]
            tokens[parameter["name"]] = TokenPlace("".join(parts), _literal(rest_of_segment))
        parts.append(f"(?:{converter.regex})")
        position = parameter.end()
    parts.append(_literal(route[position:]))
    return "".join(parts), tokens


def _literal(text):
    """``text`` as a regex, matching it as typed and as percent-encoded in a request's repr."""
    encoded = quote(text, safe="/:@!$&'()*+,;=-._~")
    if encoded == text:
        return re.escape(text)
    return f"(?:{re.escape(text)}|{re.escape(encoded)})"


def _walk(patterns, prefix="", namespace="", tokens=None):
    """A ``TokenRoute`` for every endpoint below ``patterns``, with or without tokens."""
    for entry in patterns:
        regex, own_tokens = _route_regex(entry.pattern)
        found = {
            **(tokens or {}),
            **{
                name: TokenPlace("/" + prefix + place.before, place.after)
                for name, place in own_tokens.items()
            },
        }
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _walk(entry.url_patterns, prefix + regex, inner, found)
        elif isinstance(entry, URLPattern):
            yield TokenRoute(f"{namespace}{entry.name or ''}", found)


def token_routes(urlconf=None):
    """Every pattern of the URLconf that captures a ``<token:…>``, in the current language."""
    return [route for route in _walk(get_resolver(urlconf).url_patterns) if route.tokens]


def token_places(urlconf=None):
    """
    The distinct places of a token in the URLconf's addresses, in every language of the site
    (each language's addresses have words of their own: /sv/tidsbokning/bokning/…).
    """
    places = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            places |= {place for route in token_routes(urlconf) for place in route.tokens.values()}
    return sorted(places)
