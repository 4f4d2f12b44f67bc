"""
Under a real gunicorn with two workers, one recovery code sent by several logins at the same
moment lets exactly one of them in: a recovery code works once, even when raced.
"""

import http.client
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.support.live_gunicorn import LiveGunicorn

CLIENTS = 8
PASSWORD = "oikea-salasana-123"
RECOVERY_CODE = "kilpailu123"
SET_UP = f"""
from django.contrib.auth.models import User
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
user = User.objects.create_superuser("paakayttaja", "p@example.com", "{PASSWORD}")
TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
StaticDevice.objects.create(user=user, name="recovery").token_set.create(token="{RECOVERY_CODE}")
"""


@pytest.fixture
def server(tmp_path):
    server = LiveGunicorn(tmp_path, workers=2).start()
    server.manage("shell", "-c", SET_UP)
    yield server
    server.stop()


class Browser:
    """One person's connection with its cookies."""

    def __init__(self, port):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies = {}

    def request(self, method, path, data=None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if data is not None:
            body = urlencode(data)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        html = response.read().decode()
        for cookie in response.msg.get_all("Set-Cookie") or []:
            name, value = cookie.split(";")[0].split("=", 1)
            self.cookies[name] = value
        return response.status, response.getheader("Location"), html


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def use_the_code(server, ready):
    browser = Browser(server.port)
    _status, _location, html = browser.request("GET", "/hallinta/login/")
    status, location, _html = browser.request(
        "POST",
        "/hallinta/login/",
        {
            "csrfmiddlewaretoken": csrf_token(html),
            "username": "paakayttaja",
            "password": PASSWORD,
            "next": "/hallinta/",
        },
    )
    assert (status, location) == (302, "/hallinta/")
    _status, _location, html = browser.request("GET", "/hallinta/kaksivaiheinen/vahvista/")
    token = csrf_token(html)
    ready.wait(timeout=60)  # then every login sends the same code at the same moment
    status, location, _html = browser.request(
        "POST",
        "/hallinta/kaksivaiheinen/vahvista/",
        {"csrfmiddlewaretoken": token, "code": RECOVERY_CODE, "next": "/hallinta/"},
    )
    admin_status, _location, _html = browser.request("GET", "/hallinta/")
    return status, admin_status


def test_one_recovery_code_raced_by_several_logins_lets_exactly_one_in(server):
    ready = threading.Barrier(CLIENTS)

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(lambda _n: use_the_code(server, ready), range(CLIENTS)))

    assert sorted(results) == [(302, 200)] + [(400, 302)] * (CLIENTS - 1), server.log()[-3000:]
    assert server.count("otp_static.StaticToken") == 0
    assert "Internal Server Error" not in server.log()


def make_new_codes(server, code, ready):
    """Log in with ``code``, then ask for new recovery codes at the same moment as the others."""
    browser = Browser(server.port)
    _status, _location, html = browser.request("GET", "/hallinta/login/")
    browser.request(
        "POST",
        "/hallinta/login/",
        {
            "csrfmiddlewaretoken": csrf_token(html),
            "username": "paakayttaja",
            "password": PASSWORD,
            "next": "/hallinta/",
        },
    )
    _status, _location, html = browser.request("GET", "/hallinta/kaksivaiheinen/vahvista/")
    browser.request(
        "POST",
        "/hallinta/kaksivaiheinen/vahvista/",
        {"csrfmiddlewaretoken": csrf_token(html), "code": code, "next": "/hallinta/"},
    )
    _status, _location, html = browser.request("GET", "/hallinta/kaksivaiheinen/varakoodit/")
    token = csrf_token(html)
    ready.wait(timeout=60)
    status, _location, html = browser.request(
        "POST",
        "/hallinta/kaksivaiheinen/varakoodit/",
        {"csrfmiddlewaretoken": token, "vahvista": "1"},
    )
    return status, re.findall(r"<li><code>(\w+)</code></li>", html)


def test_new_recovery_codes_made_in_several_tabs_at_once_leave_one_set(server):
    codes = [f"valilehti{n}" for n in range(CLIENTS)]
    server.manage(
        "shell",
        "-c",
        "from django_otp.plugins.otp_static.models import StaticDevice\n"
        "device = StaticDevice.objects.get(name='recovery')\n"
        f"for code in {codes!r}:\n"
        "    device.token_set.create(token=code)\n",
    )
    ready = threading.Barrier(CLIENTS)

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(pool.map(lambda code: make_new_codes(server, code, ready), codes))

    assert [status for status, _shown in results] == [200] * CLIENTS, server.log()[-3000:]
    assert all(len(shown) == 10 for _status, shown in results)
    # One set of codes works: exactly the one a request showed (the last to be served).
    assert server.count("otp_static.StaticToken") == 10
    working = (
        server.manage(
            "shell",
            "-c",
            "from django_otp.plugins.otp_static.models import StaticToken\n"
            "print(' '.join(sorted(StaticToken.objects.values_list('token', flat=True))))",
        )
        .splitlines()[-1]
        .split()
    )
    assert working in [sorted(shown) for _status, shown in results]
    assert "Internal Server Error" not in server.log()
