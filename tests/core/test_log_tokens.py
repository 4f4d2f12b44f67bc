"""
No secret token of an address reaches a log line, and every log line stays one line.

Every URL pattern with a ``<token:…>`` is read from the URLconf (core/url_tokens.py) and
requested with a valid token and with wrong ones, by GET and by POST: through the test client,
into the app's own log, and through a live gunicorn, into its access and error logs and the
app's log, all at debug level. No token appears in any line.
"""

import io
import json
import logging
import re
import secrets
import time
import urllib.error
import urllib.request

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.converters import StringConverter

from core.logging import PersonalDataFilter, mask
from core.url_tokens import token_routes
from tests.support.live_gunicorn import LiveGunicorn
from tests.support.token_addresses import VALID_TOKENS, valid_tokens

WRONG_TOKENS = {
    "tampered": lambda valid: ("A" if valid[0] != "A" else "B") + valid[1:],
    "one-longer": lambda valid: valid + "A",
    "very-long": lambda valid: valid * (2_000 // len(valid) + 1),
}
TOKEN_ROUTES = token_routes()


def _own_patterns(patterns, converters=()):
    """``(route, {name: converter})`` of every pattern whose view is the site's, not Django's."""
    for entry in patterns:
        found = {**dict(converters), **getattr(entry.pattern, "converters", {})}
        if isinstance(entry, URLResolver):
            yield from _own_patterns(entry.url_patterns, found)
        elif isinstance(entry, URLPattern) and not entry.lookup_str.startswith("django."):
            yield str(entry.pattern), found


def test_every_parameter_of_the_sites_own_addresses_is_typed_and_a_secret_is_a_token():
    """A plain ``<str:…>`` could be a secret nobody told the log mask about: use ``<token:…>``."""
    untyped = [
        f"{route} <{name}>"
        for route, converters in _own_patterns(get_resolver().url_patterns)
        for name, converter in converters.items()
        if type(converter) is StringConverter
    ]

    assert untyped == []


def test_every_token_address_has_a_valid_token_for_the_log_test():
    """A new token address needs its entry in tests/support/token_addresses.py."""
    assert {route.view_name for route in TOKEN_ROUTES} == set(VALID_TOKENS)


def _path(route, tokens):
    return reverse(route.view_name, kwargs=tokens)


def _requests(route, valid):
    """Every address to request for ``route``: wrong tokens first, the valid one last."""
    wrong = [
        {name: make_wrong(token) for name, token in valid.items()}
        for make_wrong in WRONG_TOKENS.values()
    ]
    return [(_path(route, tokens), list(tokens.values())) for tokens in [*wrong, valid]]


@pytest.fixture
def app_log_lines():
    """Every line the site's own log handler (settings.LOGGING) writes, at debug level."""
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, PersonalDataFilter) for f in handler.filters)
    )
    root = logging.getLogger()
    buffer, level = io.StringIO(), root.level
    original = handler.setStream(buffer)
    root.setLevel(logging.DEBUG)
    yield lambda: buffer.getvalue().splitlines()
    root.setLevel(level)
    handler.setStream(original)


@pytest.mark.django_db
@pytest.mark.parametrize("route", TOKEN_ROUTES, ids=[r.view_name for r in TOKEN_ROUTES])
def test_no_token_reaches_the_app_log(app_log_lines, route):
    client = Client(enforce_csrf_checks=True)
    used = []
    for path, tokens in _requests(route, valid_tokens(route.view_name)):
        client.get(path + "?vahvistettu=1")
        client.post(path, {"aika": "20300101T0900Z"})
        used += tokens

    log = "\n".join(app_log_lines())
    assert log, "the wrong tokens' requests are logged"
    for token in used:
        assert token not in log
    # What the lines are for stays: which address, masked.
    assert _path(route, dict.fromkeys(route.tokens, "***")) in log


def _send(url, method="GET"):
    request = urllib.request.Request(url, method=method, data=b"" if method == "POST" else None)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def settled_log(site):
    """
    The site's log once every request sent so far is in it: gunicorn writes a request's access
    line after its answer, so a last request marks the end, and its line is waited for.
    """
    marker = f"/loppu-{secrets.token_hex(8)}/"
    _send(site.url + marker)
    deadline = time.monotonic() + 10
    while f"GET {marker} HTTP/1.1" not in site.log() and time.monotonic() < deadline:
        time.sleep(0.05)
    return site.log()


@pytest.fixture(scope="module")
def live_site(tmp_path_factory):
    """One gunicorn for this module's tests, logging everything it may."""
    site = LiveGunicorn(
        tmp_path_factory.mktemp("log-tokens"),
        workers=1,
        DJANGO_LOG_LEVEL="DEBUG",
        GUNICORN_LOG_LEVEL="debug",
    ).start()
    yield site
    site.stop()


def test_no_token_reaches_gunicorns_logs(live_site):
    code = (
        "import json; from tests.support.token_addresses import all_valid_tokens; "
        "print(json.dumps(all_valid_tokens()))"
    )
    valid = json.loads(live_site.manage("shell", "-c", code).strip().splitlines()[-1])
    used = []
    for route in TOKEN_ROUTES:
        for path, tokens in _requests(route, valid[route.view_name]):
            _send(live_site.url + path)
            _send(live_site.url + path, method="POST")
            used += tokens

    log = settled_log(live_site)
    for token in used:
        assert token not in log
    for route in TOKEN_ROUTES:
        masked = _path(route, dict.fromkeys(route.tokens, "***"))
        assert f'"GET {masked} HTTP/1.1"' in log
        assert f'"POST {masked} HTTP/1.1"' in log


FORGED = "127.0.0.1 - - [01/Jan/2030:00:00:00 +0000]"
# What must never stand raw in a log line: C0 and C1 controls, DEL, line and paragraph separators.
RAW_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
LINE_BREAKS = ["%0a", "%0d%0a", "%0d", "%1b[2K%0d", "%0b", "%1e", "%c2%85", "%e2%80%a8"]


@pytest.mark.parametrize("line_break", LINE_BREAKS)
def test_a_line_break_in_an_address_cannot_forge_a_line_of_gunicorns_logs(live_site, line_break):
    before = len(settled_log(live_site))

    status = _send(f"{live_site.url}/x{line_break}{FORGED.replace(' ', '%20')}/")

    # str.splitlines() breaks at every character a log reader might take for a new line.
    lines = settled_log(live_site)[before:].splitlines()
    assert status == 404
    assert [line for line in lines if line.startswith(FORGED)] == []
    assert [line for line in lines if RAW_CONTROL.search(line)] == []
    [access_line] = [line for line in lines if '"GET /x' in line]
    assert access_line.startswith("127.0.0.1 - - [")
    assert f'{FORGED}/ HTTP/1.1" 404 ' in access_line


def test_a_long_address_is_masked_as_fast_as_any(live_site):
    """A 4,000-letter address without an @ once cost the mask 187 ms per request."""
    status = _send(f"{live_site.url}/{'a' * 4_000}/")

    assert status == 404
    assert f"/{'a' * 4_000}/" in settled_log(live_site)


# Unit tests of the one mask -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("/a\n2030-01-01 INFO forged", "/a\\n2030-01-01 INFO forged"),
        ("\r\x1b[31mred\x00\x7f\x85", "\\r\\x1b[31mred\\x00\\x7f\\x85"),
        (
            "line\u2028separator\u2029\u202eevil\u200b",
            "line\\u2028separator\\u2029\\u202eevil\\u200b",
        ),
        ("a\ttab", "a\\ttab"),
        ("Åsa Äijälä, 5 € – fine", "Åsa Äijälä, 5 € – fine"),
    ],
)
def test_mask_escapes_every_control_character(text, masked):
    assert mask(text) == masked


def test_mask_knows_every_token_address_of_the_urlconf():
    for route in TOKEN_ROUTES:
        secret = "s3cret_Token-value"
        path = _path(route, dict.fromkeys(route.tokens, secret))
        line = f"<WSGIRequest: GET '{path}?vahvistettu=1'> \"POST {path} HTTP/1.1\" 404"

        assert secret not in mask(line)


def test_an_exceptions_message_stays_on_one_line_of_its_traceback(app_log_lines):
    try:
        raise ValueError(f"Not Found: /x\n{FORGED}\r\x1b[2K")
    except ValueError:
        logging.getLogger("contact.models").exception("Sending failed")

    [line] = app_log_lines()
    traceback_lines = json.loads(line)["exc_info"].splitlines()
    assert traceback_lines[0] == "Traceback (most recent call last):"
    assert traceback_lines[-1] == f"ValueError: Not Found: /x\\n{FORGED}\\r\\x1b[2K"
