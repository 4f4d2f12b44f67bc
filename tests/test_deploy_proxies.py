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
