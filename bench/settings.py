"""
Benchmark settings: production settings plus the in-site floor view of bench/urls.py.

One trusted proxy, as in production behind nginx or Caddy (deploy/tyonohjaus.env.example):
wrk then gives each request to a team's answer page an address of its own in
X-Forwarded-For (bench/forwarded_for.lua), as members answer from their own devices, so the
answer codes' rate limit is counted per visitor and not against the benchmark as a whole.
"""

from tyonohjaus.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
TRUSTED_PROXY_COUNT = 1
