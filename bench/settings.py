"""Benchmark settings: production settings plus the framework-floor view of bench/urls.py."""

from tyonohjaus.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
