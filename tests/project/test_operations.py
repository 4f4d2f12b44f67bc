"""Operations: the health check, the client address behind proxies, logs a collector can read."""

import json
import logging

import pytest
from django.db import OperationalError
from django.test import RequestFactory, override_settings

from core.clients import client_address
from tests.support.live_gunicorn import LiveGunicorn

pytestmark = pytest.mark.django_db


def test_health_check_answers_200_while_the_database_answers(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"
    assert "no-cache" in response["Cache-Control"]


def test_health_check_answers_503_when_the_database_is_unreachable(client, monkeypatch):
    from django.db.backends.base.base import BaseDatabaseWrapper

    def unreachable(self, *args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(BaseDatabaseWrapper, "cursor", unreachable)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("proxies", "forwarded_for", "expected"),
    [
        (0, "192.0.2.1", "10.0.0.5"),
        (1, "192.0.2.1", "192.0.2.1"),
        (1, "6.6.6.6, 192.0.2.1", "192.0.2.1"),
        (2, "6.6.6.6, 192.0.2.1, 10.0.0.2", "192.0.2.1"),
        (2, "192.0.2.1", "10.0.0.5"),
        (1, "not-an-address", "10.0.0.5"),
        (1, "", "10.0.0.5"),
    ],
)
def test_client_address_trusts_only_the_configured_proxies(proxies, forwarded_for, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_FORWARDED_FOR=forwarded_for)

    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_address(request) == expected


@override_settings(ROOT_URLCONF="tests.support.urls_failing")
def test_unhandled_errors_are_logged_with_the_request_path(client, caplog):
    client.raise_request_exception = False

    with caplog.at_level(logging.ERROR, logger="django.request"):
        client.get("/kaatuu/")

    [record] = [r for r in caplog.records if r.name == "django.request"]
    assert "/kaatuu/" in record.getMessage()
    assert record.exc_info is not None


def test_log_lines_are_json_a_collector_can_read(settings):
    from pythonjsonlogger.json import JsonFormatter

    formatter_config = settings.LOGGING["formatters"]["json"]
    formatter = JsonFormatter(
        formatter_config["format"], rename_fields=formatter_config["rename_fields"]
    )
    record = logging.LogRecord("django.request", logging.ERROR, __file__, 1,
                               "Internal Server Error: %s", ("/kaatuu/",), None)  # fmt: skip

    line = formatter.format(record)

    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["level"] == "ERROR"
    assert parsed["logger"] == "django.request"
    assert parsed["message"] == "Internal Server Error: /kaatuu/"


def test_a_request_without_a_valid_address_has_none():
    request = RequestFactory().get("/", REMOTE_ADDR="")

    assert client_address(request) is None


def test_gunicorn_keeps_no_control_socket_that_another_instance_could_share(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    server = LiveGunicorn(tmp_path, workers=1, HOME=str(home), XDG_RUNTIME_DIR="").start()
    try:
        assert list(home.rglob("*.ctl")) == []
    finally:
        server.stop()
