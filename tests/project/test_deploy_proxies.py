"""
The example proxies in deploy/ as written: they cap request bodies as the app does (a photo
only at the admin's image upload) and log every token address with its token masked.
tests/project/test_deploy_proxies_live.py runs them.
"""

import re
import runpy
import secrets
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.url_tokens import token_routes
from tests.support.site_urls import PUBLIC_PATHS

DEPLOY = Path(settings.BASE_DIR) / "deploy"
NGINX = (DEPLOY / "nginx.conf").read_text()
CADDYFILE = (DEPLOY / "Caddyfile").read_text()
POWERS = {"": 0, "k": 1, "m": 2, "g": 3}
IMAGE_UPLOADS = [
    reverse("admin:images_image_add"),
    reverse("admin:images_image_change", args=[12]),
    reverse("admin:images_image_picker_upload"),
]


def nginx_bytes(number, unit):
    return int(number) * 1024 ** POWERS[unit.lower()]


def caddy_bytes(number, unit):
    """Caddy's sizes follow go-humanize: MB is 1000², MiB is 1024²."""
    unit = unit.lower()
    base = 1024 if unit.endswith("ib") else 1000
    return int(number) * base ** POWERS[unit[:1] if unit not in ("", "b") else ""]


def _tls_server():
    return NGINX[NGINX.index("listen 443 ssl;") :]


def test_nginx_caps_bodies_as_the_app_does_and_takes_a_photo_only_at_the_image_upload():
    server = _tls_server()
    server_cap = re.search(r"^    client_max_body_size\s+(\d+)([kmg]?);", server, re.M)
    locations = re.findall(
        r"^    location ~ (\S+) \{\n        client_max_body_size\s+(\d+)([kmg]?);", server, re.M
    )

    assert nginx_bytes(*server_cap.groups()) == settings.REQUEST_BODY_MAX_BYTES
    [(regex, *cap)] = locations
    assert nginx_bytes(*cap) == settings.IMAGE_UPLOAD_MAX_BYTES
    assert all(re.search(regex, path) for path in IMAGE_UPLOADS)
    assert not [path for path in PUBLIC_PATHS if re.search(regex, path)]


def test_caddy_caps_bodies_as_the_app_does_and_takes_a_photo_only_at_the_image_upload():
    regex = re.search(r"@image_upload path_regexp (\S+)", CADDYFILE)[1]
    upload = re.search(
        r"handle @image_upload \{.*?max_size\s+(\d+)\s*([kmg]?i?b?)\s", CADDYFILE, re.S | re.I
    )
    other = re.search(r"\thandle \{.*?max_size\s+(\d+)\s*([kmg]?i?b?)\s", CADDYFILE, re.S | re.I)

    assert caddy_bytes(*upload.groups()) == settings.IMAGE_UPLOAD_MAX_BYTES
    assert caddy_bytes(*other.groups()) == settings.REQUEST_BODY_MAX_BYTES
    assert CADDYFILE.count("max_size") == 2
    assert all(re.search(regex, path) for path in IMAGE_UPLOADS)
    assert not [path for path in PUBLIC_PATHS if re.search(regex, path)]


def _token_addresses():
    """``(address, [its secrets])`` of every token route of the URLconf, in every language."""
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for route in token_routes():
                tokens = {name: secrets.token_urlsafe(32) for name in route.tokens}
                yield reverse(route.view_name, kwargs=tokens), list(tokens.values())


def nginx_logged_uri(uri):
    """$uri_masked of ``uri``, as deploy/nginx.conf's map makes it."""
    pattern, replacement = re.search(
        r'map \$uri \$uri_masked \{\s*"~(.+?)"\s+"(.+?)";\s*default \$uri;', NGINX
    ).groups()
    match = re.match(pattern.replace("(?<", "(?P<"), uri)
    if match is None:
        return uri
    return re.sub(r"\$\{(\w+)\}", lambda name: match[name[1]], replacement)


def caddy_logged_uri(uri):
    """request>uri of ``uri`` in Caddy's log, as the Caddyfile's regexp filter makes it."""
    pattern, replacement = re.search(r'request>uri regexp "(.+?)" "(.+?)"', CADDYFILE).groups()
    return re.sub(
        pattern, lambda m: re.sub(r"\$\{(\d)\}", lambda g: m[int(g[1])] or "", replacement), uri
    )


def test_nginx_masks_the_token_of_every_token_address_and_keeps_the_rest():
    for address, tokens in _token_addresses():
        logged = nginx_logged_uri(address)

        assert not [token for token in tokens if token in logged], address
        assert logged == address.replace(tokens[0], "***")
    assert nginx_logged_uri("/tyoyhteisokartta/tiimi/") == "/tyoyhteisokartta/tiimi/"


def test_caddy_masks_the_token_of_every_token_address_and_the_query_string():
    for address, tokens in _token_addresses():
        logged = caddy_logged_uri(address + "?q=matti%40example.com")

        assert not [token for token in tokens if token in logged], address
        assert logged == address.replace(tokens[0], "***") + "?***"
    assert caddy_logged_uri("/hinnat/") == "/hinnat/"


def test_caddys_access_log_and_its_own_log_are_masked_alike():
    """One set of filters (the regexp above), used by both logs; the app writes no access log."""
    site = CADDYFILE[CADDYFILE.index("tyonohjaus.example, www.tyonohjaus.example {") :]
    snippet = re.search(r"^\(masked_request\) \{\n(.*?)^\}", CADDYFILE, re.S | re.M)[1]

    assert re.search(r"^\tlog \{\n\t\timport masked_request\n\t\}", site, re.M)
    assert re.search(r"^\tlog default \{\n\t\timport masked_request\n\t\}", CADDYFILE, re.M)
    assert CADDYFILE.count("request>uri regexp") == 1
    assert "request>uri regexp" in snippet
    for field in ("request>headers", "resp_headers"):
        assert f"{field} delete" in snippet


@pytest.mark.parametrize(("value", "accesslog"), [(None, None), ("0", None), ("1", "-")])
def test_gunicorn_writes_an_access_log_only_when_told(monkeypatch, value, accesslog):
    if value is None:
        monkeypatch.delenv("GUNICORN_ACCESS_LOG", raising=False)
    else:
        monkeypatch.setenv("GUNICORN_ACCESS_LOG", value)

    config = runpy.run_path(str(settings.BASE_DIR / "gunicorn.conf.py"))

    assert config["accesslog"] == accesslog
    assert config["errorlog"] == "-"


def test_nginx_logs_no_query_string_or_referer():
    formats = dict(re.findall(r"^log_format\s+(\w+)\s+(.*?);", NGINX, re.MULTILINE | re.DOTALL))
    access_logs = re.findall(r"^\s*access_log\s+\S+\s+(\w+);", NGINX, re.MULTILINE)
    servers = re.findall(r"^server\s*\{", NGINX, re.MULTILINE)

    assert len(access_logs) == len(servers)
    for name in access_logs:
        assert "$uri" in formats[name]
        # $request is the whole request line, query string included; $request_method is fine.
        assert not re.search(r"\$(request(?![_a-z])|request_uri|args|query_string|http_referer)",
                             formats[name])  # fmt: skip


def test_nginx_writes_no_error_line_that_quotes_a_request():
    """nginx's error lines quote the request line, token and query string included."""
    error_logs = re.findall(r"^\s*error_log\s+\S+\s+(\w+);", NGINX, re.MULTILINE)
    servers = re.findall(r"^server\s*\{", NGINX, re.MULTILINE)

    assert error_logs == ["crit"] * len(servers)
