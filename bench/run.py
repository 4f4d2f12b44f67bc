"""
`make bench`: how fast the site serves its pages, next to the framework's floor.

Serves the site with gunicorn (2 sync workers, production settings) on 127.0.0.1, measures
each target with wrk in interleaved rounds, and prints the median requests/s and latency of
each, its ratio to the floor view (a constant 20 KB page through the same middleware), the SQL
queries per page on a cold and a warm cache, and the bytes of a first visit to the home page.
"""

import argparse
import gzip
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urljoin

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

TARGETS = {
    "floor (constant 20 KB view)": "/bench/floor/",
    "home /": "/",
    "form page /palvelut/ryhmatyonohjaus/": "/palvelut/ryhmatyonohjaus/",
    "contact /ota-yhteytta/": "/ota-yhteytta/",
    "contact ?aihe=ryhmatyonohjaus": "/ota-yhteytta/?aihe=ryhmatyonohjaus",
    "map questionnaire /tyoyhteisokartta/": "/tyoyhteisokartta/",
    "free times /ajanvaraus/ (never cached)": "/ajanvaraus/",
    "static css": None,  # filled in from the home page
}
QUERY_PAGES = ["/", "/palvelut/", "/palvelut/ryhmatyonohjaus/", "/tyootteemme/", "/hyodyt/",
               "/tietosuoja/", "/ota-yhteytta/", "/ota-yhteytta/?aihe=ryhmatyonohjaus",
               "/tyoyhteisokartta/", "/ajanvaraus/"]  # fmt: skip
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def environment(workdir, port):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DJANGO_SECRET_KEY="bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        CACHE_URL=f"filecache://{workdir / 'cache'}",
        EMAIL_URL="dummymail://",
        CONTACT_RECIPIENTS="staff@example.com",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        GUNICORN_LOG_LEVEL="warning",
        DJANGO_LOG_LEVEL="WARNING",
    )
    return env


def wait_until_up(url):
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url + "/healthz", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit("gunicorn did not start")


def wrk(url, seconds, connections):
    output = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {
        percent: float(value) * UNITS[unit]
        for percent, value, unit in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)\b", output)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rate, latency["50"], latency["99"], int(errors.group(1)) if errors else 0


# The home page's first visit must stay within this many bytes on the wire (issue 11).
FIRST_VISIT_BUDGET = 150 * 1024


def first_visit_bytes(base_url):
    """
    Compressed bytes of the home page and everything a browser fetches for it: stylesheets,
    preloaded files (the font), scripts, icons, the manifest, images (for a <picture>, its
    largest fallback, so the count errs high) and what the stylesheets load with url().
    """
    html, sizes = _fetch(base_url + "/")
    sizes = {"HTML /": sizes}
    references = re.findall(
        r'<(?:link[^>]+rel="(?:stylesheet|icon|manifest|preload)"[^>]+href|script[^>]+src'
        r'|img[^>]+src)="([^"]+)"',
        html,
    )
    queue = [urljoin(base_url + "/", reference) for reference in references]
    seen = set()
    while queue:
        url = queue.pop(0)
        if url in seen or url.startswith("data:"):
            continue
        seen.add(url)
        text, size = _fetch(url)
        sizes[url.removeprefix(base_url)] = size
        if url.split("?")[0].endswith(".css"):
            for reference in re.findall(r'url\(\s*["\']?([^"\')]+)', text):
                queue.append(urljoin(url, reference))
    return sizes


def _fetch(url):
    """The body (decoded, as text where it is text) and its size on the wire."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "br, gzip"})
    with urllib.request.urlopen(request) as response:
        body = response.read()
        encoding = response.headers.get("Content-Encoding")
        content_type = response.headers.get("Content-Type", "")
    text = _decode(body, encoding) if content_type.startswith("text/") else ""
    return text, len(body)


def _decode(body, encoding):
    if encoding == "gzip":
        return gzip.decompress(body).decode()
    if encoding == "br":
        import brotli

        return brotli.decompress(body).decode()
    return body.decode()


def query_counts():
    """SQL queries per page: cold (empty cache) and warm (second request)."""
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    counts = {}
    for path in QUERY_PAGES:
        cache.clear()
        with CaptureQueriesContext(connection) as cold:
            client.get(path)
        with CaptureQueriesContext(connection) as warm:
            client.get(path)
        counts[path] = (len(cold), len(warm))
    return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--connections", type=int, default=8)
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk (make bench does it as root).")

    workdir = Path(tempfile.mkdtemp(prefix="tyonohjaus-bench-"))
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env = environment(workdir, port)
    os.environ.update(env)
    python = str(Path(sys.executable))
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([python, "manage.py", *command], cwd=BASE_DIR, env=env, check=True)
    server_log = open(workdir / "gunicorn.log", "w")  # noqa: SIM115  (closed below)
    gunicorn = subprocess.Popen(
        [str(Path(sys.executable).parent / "gunicorn"), "-c", "gunicorn.conf.py"],
        cwd=BASE_DIR,
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    try:
        wait_until_up(base_url)
        home = urllib.request.urlopen(base_url + "/").read().decode()
        TARGETS["static css"] = re.search(r'href="(/static/css/[^"]+)"', home).group(1)
        for path in TARGETS.values():  # warm every cache once
            urllib.request.urlopen(base_url + path).read()

        results = {name: [] for name in TARGETS}
        for round_number in range(1, options.rounds + 1):
            print(f"round {round_number}/{options.rounds} ...", flush=True)
            for name, path in TARGETS.items():  # interleaved: every target in every round
                results[name].append(wrk(base_url + path, options.seconds, options.connections))
        visit = first_visit_bytes(base_url)
    finally:
        gunicorn.terminate()
        gunicorn.wait(timeout=30)
        server_log.close()

    counts = query_counts()
    shutil.rmtree(workdir, ignore_errors=True)

    floor_rate = statistics.median(r[0] for r in results["floor (constant 20 KB view)"])
    print(
        f"\ngunicorn 2 sync workers, production settings, wrk {options.connections} connections, "
        f"{options.rounds} interleaved rounds of {options.seconds} s; medians\n"
    )
    print(f"{'target':<40}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'× floor':>9}{'errors':>8}")
    for name, runs in results.items():
        rate = statistics.median(r[0] for r in runs)
        print(
            f"{name:<40}{rate:>9.0f}{statistics.median(r[1] for r in runs):>9.2f}"
            f"{statistics.median(r[2] for r in runs):>9.2f}{rate / floor_rate:>9.2f}"
            f"{sum(r[3] for r in runs):>8}"
        )
    print(f"\n{'SQL queries per page':<40}{'cold':>9}{'warm':>9}")
    for path, (cold, warm) in counts.items():
        print(f"{path:<40}{cold:>9}{warm:>9}")
    print("\nFirst visit to the home page, bytes transferred (compressed bodies):")
    for name, size in visit.items():
        print(f"  {name:<60}{size:>8}")
    total = sum(visit.values())
    print(f"  {'total':<60}{total:>8} ({total / 1024:.1f} KB)")
    verdict = "within" if total <= FIRST_VISIT_BUDGET else "OVER"
    print(f"  budget {FIRST_VISIT_BUDGET // 1024} KB: {verdict} ({total / FIRST_VISIT_BUDGET:.0%})")
    if total > FIRST_VISIT_BUDGET:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
