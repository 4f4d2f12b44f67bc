"""
The example proxies in deploy/, run in front of a live gunicorn: nginx and Caddy write each
request to their access log (the app writes none of its own) and no secret token and no query
string to any log, and take a large body only at the admin's image upload.

Each config runs as written but for what a test machine cannot have: its public names and TLS
(nginx's HTTPS server listens on plain HTTP, without HTTP/2, which Debian 12's nginx 1.22 does
not name `http2 on`; Caddy's site address is http://), ports and paths. Without nginx or caddy
a test is skipped, and fails under CI: `apt-get install nginx caddy`.
"""

import contextlib
import http.client
import os
import re
import secrets
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core.url_tokens import token_routes
from tests.support.live_gunicorn import LiveGunicorn
from tests.support.smtp import free_port

DEPLOY = Path(settings.BASE_DIR) / "deploy"
SEARCH = "?q=matti.meikalainen%40example.com"
MEGABYTE = 1024 * 1024


def _program(name):
    path = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/bin")
    if path is None:
        reason = f"{name} is not installed (apt-get install nginx caddy)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must run the example proxies")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    site = LiveGunicorn(tmp_path_factory.mktemp("proxied"), workers=2).start()
    yield site
    site.stop()


def _wait_for(port, process, log):
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the proxy stopped:\n{log()}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"the proxy did not start:\n{log()}")


class Proxy:
    def __init__(self, name, port, process, logs):
        self.name, self.port, self.process, self.logs = name, port, process, logs

    def log(self):
        return "".join(path.read_text() for path in self.logs if path.exists())

    def refused(self, status):
        """
        Whether ``status`` refuses a body as too large: 413 (from the proxy, or from the app if
        the proxy passed the headers on), and with Caddy before 2.7 also the 502 its
        reverse_proxy gave a body over request_body's max_size (caddyserver/caddy#5652).
        """
        return status == 413 or (
            self.name == "caddy" and status == 502 and "request body too large" in self.log()
        )

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=20)


def start_nginx(folder, upstream_port):
    program = _program("nginx")
    port, redirect_port = free_port(), free_port()
    site = (DEPLOY / "nginx.conf").read_text()
    site = re.sub(r"^\s*(listen \[::\].*|http2 on;|ssl_.*)$\n", "", site, flags=re.M)
    site = site.replace("listen 443 ssl;", f"listen 127.0.0.1:{port};")
    site = site.replace("listen 80;", f"listen 127.0.0.1:{redirect_port};")
    site = site.replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{upstream_port};")
    site = site.replace("/var/log/nginx/", f"{folder}/").replace(
        "/srv/tyonohjaus/data/", f"{folder}/"
    )
    (folder / "site.conf").write_text(site)
    temp_paths = "\n".join(
        f"    {kind}_temp_path {folder}/{kind};"
        for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    (folder / "nginx.conf").write_text(
        ("user root;\n" if os.geteuid() == 0 else "")
        + f"worker_processes 1;\npid {folder}/nginx.pid;\nerror_log {folder}/main-error.log;\n"
        + "events { worker_connections 64; }\n"
        + f"http {{\n{temp_paths}\n    include {folder}/site.conf;\n}}\n"
    )
    command = [program, "-p", folder, "-c", folder / "nginx.conf", "-e", folder / "startup.log"]
    process = subprocess.Popen(
        [*map(str, command), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT,
    )  # fmt: skip
    logs = [folder / name for name in ("access.log", "error.log", "main-error.log", "startup.log")]
    proxy = Proxy("nginx", port, process, logs)
    _wait_for(port, process, proxy.log)
    return proxy


def start_caddy(folder, upstream_port):
    program = _program("caddy")
    port = free_port()
    caddyfile = (DEPLOY / "Caddyfile").read_text()
    caddyfile = caddyfile.replace("{\n\tlog default", "{\n\tadmin off\n\tlog default", 1)
    caddyfile = caddyfile.replace(
        "tyonohjaus.example, www.tyonohjaus.example {", f"http://127.0.0.1:{port} {{"
    )
    caddyfile = caddyfile.replace("127.0.0.1:8000", f"127.0.0.1:{upstream_port}")
    (folder / "Caddyfile").write_text(caddyfile)
    log = folder / "caddy.log"
    env = {**os.environ, "XDG_DATA_HOME": str(folder), "XDG_CONFIG_HOME": str(folder)}
    with open(log, "w") as output:
        process = subprocess.Popen(
            [program, "run", "--config", str(folder / "Caddyfile"), "--adapter", "caddyfile"],
            stdout=output, stderr=subprocess.STDOUT, env=env, cwd=folder,
        )  # fmt: skip
    proxy = Proxy("caddy", port, process, [log])
    _wait_for(port, process, proxy.log)
    return proxy


@pytest.fixture(params=["nginx", "caddy"])
def proxy(request, gunicorn, tmp_path):
    start = start_nginx if request.param == "nginx" else start_caddy
    proxy = start(tmp_path, gunicorn.port)
    yield proxy
    proxy.stop()


def send(port, method, path, body=b"", headers=None):
    """The status; a server may answer and close before the whole body is sent."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
        except (BrokenPipeError, ConnectionResetError):
            response = http.client.HTTPResponse(connection.sock)  # its answer came first
            response.begin()
        with contextlib.suppress(http.client.IncompleteRead):
            response.read()  # a server that closes early: the status is what counts
        return response.status
    finally:
        connection.close()


def _token_paths():
    """An address of every token route in every language, each with a secret of its own."""
    paths = {}
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for route in token_routes():
                tokens = {name: secrets.token_urlsafe(32) for name in route.tokens}
                paths[reverse(route.view_name, kwargs=tokens)] = list(tokens.values())
    return paths


def test_no_token_or_query_string_reaches_the_proxys_logs(proxy):
    paths = _token_paths()
    for path in paths:
        send(proxy.port, "GET", path + SEARCH)
        send(proxy.port, "POST", path, body=b"x" * MEGABYTE)  # refused, with an error line

    log = proxy.log()
    for tokens in paths.values():
        for token in tokens:
            assert token not in log
    assert "meikalainen" not in log


def test_the_nginx_access_log_keeps_the_address_with_its_token_masked(gunicorn, tmp_path):
    nginx = start_nginx(tmp_path, gunicorn.port)
    try:
        send(nginx.port, "GET", "/ajanvaraus/kalenteri/" + secrets.token_urlsafe(32) + ".ics")
        send(nginx.port, "GET", "/tyoyhteisokartta/tiimi/tulokset/abc-DEF_1/tuloste/" + SEARCH)
    finally:
        nginx.stop()

    log = (tmp_path / "access.log").read_text()
    assert '"GET /ajanvaraus/kalenteri/***.ics HTTP/1.1" 404' in log
    assert '"GET /tyoyhteisokartta/tiimi/tulokset/***/tuloste/ HTTP/1.1" 404' in log


def upload_photo(port, size):
    """POST an image form with a file of ``size`` bytes and a valid CSRF token, as a browser."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", reverse("admin:login"))
    login_page = connection.getresponse()
    cookie = re.search(r"(\S*csrftoken=[^;]+)", login_page.getheader("Set-Cookie"))[1]
    form_token = re.search(
        r'name="csrfmiddlewaretoken" value="([^"]+)"', login_page.read().decode()
    )[1]
    connection.close()
    boundary = "rajaraja"
    body = (
        (
            f'--{boundary}\r\nContent-Disposition: form-data; name="csrfmiddlewaretoken"\r\n\r\n'
            f"{form_token}\r\n--{boundary}\r\n"
            'Content-Disposition: form-data; name="file"; filename="kuva.jpg"\r\n'
            "Content-Type: image/jpeg\r\n\r\n"
        ).encode()
        + b"\xff" * size
        + f"\r\n--{boundary}--\r\n".encode()
    )
    return send(
        port, "POST", reverse("admin:images_image_add"), body=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}",
                 "Cookie": cookie},
    )  # fmt: skip


def test_the_admins_image_upload_takes_a_photo(proxy):
    # The app reads the whole form and asks the anonymous sender to log in.
    assert upload_photo(proxy.port, 10 * MEGABYTE) == 302


def test_every_other_large_body_is_refused(proxy, gunicorn):
    admin_page = reverse("admin:services_page_add")

    too_large_photo = upload_photo(proxy.port, 17 * MEGABYTE)
    public_form = send(proxy.port, "POST", "/ota-yhteytta/", body=b"x" * MEGABYTE)
    admin_form = send(proxy.port, "POST", admin_page, body=b"x" * MEGABYTE)

    assert proxy.refused(too_large_photo)
    assert proxy.refused(public_form)
    assert proxy.refused(admin_form)
    if proxy.name == "nginx":  # Caddy passes the headers on and caps only what it forwards
        assert "POST /ota-yhteytta/ " not in gunicorn.log()
        assert f"POST {admin_page} " not in gunicorn.log()


def test_the_caddy_access_log_keeps_the_address_with_its_token_masked(gunicorn, tmp_path):
    caddy = start_caddy(tmp_path, gunicorn.port)
    token = secrets.token_urlsafe(32)
    try:
        send(caddy.port, "GET", "/ajanvaraus/kalenteri/" + token + ".ics")
        send(caddy.port, "GET", "/tyoyhteisokartta/tiimi/tulokset/abc-DEF_1/tuloste/" + SEARCH)
        send(caddy.port, "GET", "/hinnat/?aihe=ryhmatyonohjaus")
    finally:
        caddy.stop()

    access = [
        line
        for line in caddy.log().splitlines()
        if "http.log.access" in line and '"uri": "/healthz"' not in line  # waited for it
    ]
    assert len(access) == 3, caddy.log()
    assert '"uri": "/ajanvaraus/kalenteri/***.ics"' in access[0]
    assert '"status": 404' in access[0]
    assert '"uri": "/tyoyhteisokartta/tiimi/tulokset/***/tuloste/?***"' in access[1]
    assert '"uri": "/hinnat/?***"' in access[2]
    assert '"status": 200' in access[2]
    assert token not in caddy.log()
    assert "meikalainen" not in caddy.log()
    assert '"headers"' not in "".join(access)  # neither the request's nor the response's
