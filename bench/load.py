"""
Mixed-traffic load test against a running site (`make serve`), not part of `make test`.

    .venv/bin/python bench/load.py [--url http://127.0.0.1:8000] [--clients 50] [--seconds 60]

Each client loops over a mix of requests: public pages, static files, the contact form and,
once a form it fetched is old enough to pass the time trap, a contact POST. It reports
requests per second, latency percentiles and errors per kind. Contact POSTs answered 429 are
the rate limit doing its job and are counted apart from errors. Traffic goes only to the
given URL; run it against your own machine.
"""

import argparse
import http.client
import random
import re
import statistics
import threading
import time
from collections import defaultdict
from urllib.parse import urlencode, urlsplit

PAGES = [
    "/",
    "/palvelut/",
    "/palvelut/yksilotyonohjaus/",
    "/palvelut/ryhmatyonohjaus/",
    "/palvelut/yhteisotyonohjaus/",
    "/palvelut/tilannetyonohjaus/",
    "/palvelut/esihenkiloiden-tyonohjaus/",
    "/tyootteemme/",
    "/vaikuttavuus/",
    "/johtajuus/",
    "/yhteisollinen-dialogi/",
    "/hyodyt/",
    "/tietosuoja/",
    "/saavutettavuus/",
]
STATIC_REFERENCE = re.compile(r'(?:href|src)="(/static/[^"]+)"')
TOKENS = re.compile(r'name="(csrfmiddlewaretoken|started)" value="([^"]+)"')
MIX = [("page", 55), ("static", 20), ("contact_get", 15), ("contact_post", 10)]
FORM_MIN_AGE = 3.5  # seconds: a little over the site's default CONTACT_MIN_SECONDS


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = defaultdict(list)
        self.statuses = defaultdict(lambda: defaultdict(int))

    def add(self, kind, status, seconds):
        with self.lock:
            self.latencies[kind].append(seconds)
            self.statuses[kind][status] += 1


class Client(threading.Thread):
    def __init__(self, url, deadline, results, static_paths, seed):
        super().__init__(daemon=True)
        parts = urlsplit(url)
        self.host, self.port = parts.hostname, parts.port or 80
        self.deadline, self.results, self.static_paths = deadline, results, static_paths
        self.random = random.Random(seed)
        self.connection = None
        self.form = None  # (fetched_at, cookie, tokens) of a contact form waiting to be sent

    def request(self, kind, method, path, body=None, headers=None):
        started = time.perf_counter()
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=30)
            try:
                self.connection.request(method, path, body=body, headers=headers or {})
                response = self.connection.getresponse()
                payload = response.read()
                break
            except (http.client.HTTPException, OSError):
                self.connection.close()
                self.connection = None
                if attempt:
                    self.results.add(kind, "connection error", time.perf_counter() - started)
                    return None, None
        self.results.add(kind, response.status, time.perf_counter() - started)
        if response.getheader("Connection", "").lower() == "close":
            self.connection.close()
            self.connection = None
        return response, payload

    def get_form(self):
        response, payload = self.request("contact_get", "GET", "/ota-yhteytta/")
        # A visitor who already has a form open keeps filling that one in: reloading the page
        # elsewhere must not reset its age, or no form would ever be old enough to send.
        if response is not None and response.status == 200 and self.form is None:
            cookie = (response.getheader("Set-Cookie") or "").split(";")[0]
            self.form = (time.monotonic(), cookie, dict(TOKENS.findall(payload.decode())))

    def post_form(self):
        _, cookie, tokens = self.form
        self.form = None
        number = self.random.randrange(10**6)
        body = urlencode(
            {
                **tokens,
                "name": f"Kuormitustesti {number}",
                "email": f"kuormitus{number}@example.com",
                "delivery": "either",
                "contact_method": "email",
                "message": "Kuormitustestin viesti: työyhteisömme haluaisi työnohjausta.",
                "consent": "on",
            }
        )
        headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
        self.request("contact_post", "POST", "/ota-yhteytta/", body=body, headers=headers)

    def run(self):
        kinds, weights = zip(*MIX, strict=True)
        while time.monotonic() < self.deadline:
            kind = self.random.choices(kinds, weights)[0]
            if kind == "page":
                self.request(kind, "GET", self.random.choice(PAGES))
            elif kind == "static":
                self.request(kind, "GET", self.random.choice(self.static_paths))
            elif kind == "contact_get" or self.form is None:
                self.get_form()
            elif time.monotonic() - self.form[0] >= FORM_MIN_AGE:
                self.post_form()
            else:
                self.request("page", "GET", self.random.choice(PAGES))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def static_paths_of(url):
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port or 80, timeout=30)
    connection.request("GET", "/hyodyt/")
    html = connection.getresponse().read().decode()
    connection.close()
    return sorted(set(STATIC_REFERENCE.findall(html)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    options = parser.parse_args()

    static_paths = static_paths_of(options.url)
    results = Results()
    started = time.monotonic()
    deadline = started + options.seconds
    clients = [
        Client(options.url, deadline, results, static_paths, seed)
        for seed in range(options.clients)
    ]
    for client in clients:
        client.start()
    for client in clients:
        client.join()
    elapsed = time.monotonic() - started

    print(f"{options.clients} clients, {elapsed:.0f} s against {options.url}\n")
    print(
        f"{'kind':<14}{'requests':>9}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}  statuses"
    )
    all_latencies, errors, intended = [], 0, 0
    for kind, _ in MIX:
        latencies = results.latencies.get(kind, [])
        if not latencies:
            continue
        all_latencies += latencies
        statuses = dict(results.statuses[kind])
        for status, count in statuses.items():
            if kind == "contact_post" and status == 429:
                intended += count
            elif not (isinstance(status, int) and status < 400):
                errors += count
        print(
            f"{kind:<14}{len(latencies):>9}{len(latencies) / elapsed:>9.1f}"
            f"{percentile(latencies, 0.50) * 1000:>9.1f}{percentile(latencies, 0.95) * 1000:>9.1f}"
            f"{percentile(latencies, 0.99) * 1000:>9.1f}  {statuses}"
        )
    print(
        f"\n{'all':<14}{len(all_latencies):>9}{len(all_latencies) / elapsed:>9.1f}"
        f"{statistics.median(all_latencies) * 1000:>9.1f}"
        f"{percentile(all_latencies, 0.95) * 1000:>9.1f}"
        f"{percentile(all_latencies, 0.99) * 1000:>9.1f}"
    )
    print(f"errors: {errors}; intended 429s (contact rate limit): {intended}")
    raise SystemExit(1 if errors else 0)


if __name__ == "__main__":
    main()
