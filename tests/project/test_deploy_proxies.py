"""The example proxies in deploy/ cap request bodies alike: 16 MB, room for 15 MB photos."""

import re
from pathlib import Path

from django.conf import settings

DEPLOY = Path(settings.BASE_DIR) / "deploy"
MEGABYTE = 1024 * 1024
UPLOAD_CAP = 16 * MEGABYTE
POWERS = {"": 0, "k": 1, "m": 2, "g": 3}


def nginx_bytes(number, unit):
    return int(number) * 1024 ** POWERS[unit.lower()]


def caddy_bytes(number, unit):
    """Caddy's sizes follow go-humanize: MB is 1000², MiB is 1024²."""
    unit = unit.lower()
    base = 1024 if unit.endswith("ib") else 1000
    return int(number) * base ** POWERS[unit[:1] if unit not in ("", "b") else ""]


def test_caddy_caps_request_bodies_at_16_mb():
    caddyfile = (DEPLOY / "Caddyfile").read_text()

    caps = re.findall(
        r"request_body\s*\{[^}]*?max_size\s+(\d+)\s*([kmg]?i?b?)\s", caddyfile, re.IGNORECASE
    )

    assert [caddy_bytes(*cap) for cap in caps] == [UPLOAD_CAP]


def test_nginx_caps_request_bodies_at_16_mb():
    nginx = (DEPLOY / "nginx.conf").read_text()

    caps = re.findall(r"^\s*client_max_body_size\s+(\d+)([kmg]?);", nginx, re.MULTILINE | re.I)

    assert [nginx_bytes(*cap) for cap in caps] == [UPLOAD_CAP]


def test_nginx_logs_no_query_string_or_referer():
    nginx = (DEPLOY / "nginx.conf").read_text()

    formats = dict(re.findall(r"^log_format\s+(\w+)\s+(.*?);", nginx, re.MULTILINE | re.DOTALL))
    access_logs = re.findall(r"^\s*access_log\s+\S+\s+(\w+);", nginx, re.MULTILINE)
    servers = re.findall(r"^server\s*\{", nginx, re.MULTILINE)

    assert len(access_logs) == len(servers)
    for name in access_logs:
        assert "$uri" in formats[name]
        # $request is the whole request line, query string included; $request_method is fine.
        assert not re.search(r"\$(request(?![_a-z])|request_uri|args|query_string|http_referer)",
                             formats[name])  # fmt: skip
