"""
`make bench`: how fast the site serves every kind of page a visitor meets, next to bare Django.

The site runs with gunicorn (2 sync workers, production settings) on a temporary SQLite
database filled with the example content of `make run` and a team survey (bench/prepare.py;
with --scale N, also N units of a site in use, bench/scale.py). Beside it, in a gunicorn of
its own, runs the bare floor: a project as `django-admin startproject` makes it, whose one
view returns a constant 20 KB page (bench/floor_project/). wrk measures every target in
interleaved rounds, asking for compressed pages as a browser does. The report gives each
target's median requests/s and latency and its ratio to the bare floor; the SQL queries of
each page on a cold cache, after an edit in the admin and warm; its body as sent when gzip is
asked for, and unasked;
and the bytes of a first visit to the home page, against their budget.
"""

import argparse
import html
import json
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

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))

from bench import wire  # noqa: E402  (needs the path above)

FLOOR = "bare floor (startproject)"
# (row, server, address). An address in <angle brackets> is found once the site is filled.
TARGETS = [
    (FLOOR, "floor", "/"),
    ("site's floor view (its middleware)", "site", "/bench/floor/"),
    ("home", "site", "/"),
    ("form page", "site", "/palvelut/ryhmatyonohjaus/"),
    ("contact", "site", "/ota-yhteytta/"),
    ("contact ?aihe=", "site", "/ota-yhteytta/?aihe=ryhmatyonohjaus"),
    ("map questionnaire", "site", "/tyoyhteisokartta/"),
    ("map result ?v=", "site", "<map_result>"),
    ("booking list (free times)", "site", "/ajanvaraus/"),
    ("booking form (a free time)", "site", "<booking_form>"),
    ("team answer page", "site", "<team_answer>"),
    ("team results", "site", "<team_results>"),
    ("supervision agreement", "site", "<agreement>"),
    ("purchaser's evaluations", "site", "<evaluations>"),
    ("evaluation answer page", "site", "<evaluation_answer>"),
    ("impact page", "site", "/vaikuttavuus/"),
    ("supervisors", "site", "/tyonohjaajat/"),
    ("supervisor profile", "site", "/tyonohjaajat/aino-esimerkki/"),
    ("prices", "site", "/hinnat/"),
    ("FAQ", "site", "/usein-kysyttya/"),
    ("articles", "site", "/artikkelit/"),
    ("article", "site", "/artikkelit/esimerkkiartikkeli/"),
    ("articles' feed", "site", "/artikkelit/atom.xml"),
    ("events", "site", "/koulutukset/"),
    ("event (registration form)", "site", "/koulutukset/esimerkkitietoisku/"),
    ("events' feed", "site", "/koulutukset/atom.xml"),
    ("public buyers' page", "site", "/julkiset-hankinnat/"),
    ("supplier sheet", "site", "/julkiset-hankinnat/toimittajatiedot/"),
    ("supplier sheet PDF", "site", "/julkiset-hankinnat/toimittajatiedot.pdf"),
    ("home, Swedish", "site", "/sv/"),
    ("form page, English", "site", "/en/services/group-supervision/"),
    ("contact, Swedish", "site", "/sv/kontakt/"),
    ("booking list, English", "site", "/en/booking/"),
    ("static css", "site", "<stylesheet>"),
]
# Rows whose requests each come from an address of their own (see bench/settings.py).
FROM_MANY_ADDRESSES = {"team answer page", "evaluation answer page"}
# Pages whose queries are counted besides the measured ones, as before.
MORE_QUERY_PAGES = ["/palvelut/", "/tyootteemme/", "/hyodyt/", "/tietosuoja/"]
# A light page of each language, seen before a page is counted "after an edit".
NEIGHBOURS = {"": "/tietosuoja/", "sv": "/sv/dataskydd/", "en": "/en/privacy/"}
BROWSER_ENCODINGS = "gzip, deflate, br"
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _clean_environment():
    """The caller's environment without anything that would choose settings or storage."""
    prefixes = ("DJANGO_", "MEDIA_", "GUNICORN_")
    return {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}


def site_environment(workdir, port):
    env = _clean_environment()
    env.update(
        DJANGO_SETTINGS_MODULE="bench.settings",
        DJANGO_SECRET_KEY="bench-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        DJANGO_ALLOWED_HOSTS="127.0.0.1,testserver",
        DJANGO_SECURE_SSL_REDIRECT="0",
        # Everything the site stores goes to the bench's own folder, deleted at the end.
        DATABASE_URL=f"sqlite:///{workdir / 'bench.sqlite3'}",
        CACHE_URL=f"filecache://{workdir / 'cache'}",
        MEDIA_ROOT=str(workdir / "media"),
        MEDIA_S3_BUCKET="",
        # nginx or Caddy serve /media/ in production; here the app does, for the first visit.
        SERVE_MEDIA="1",
        EMAIL_URL="dummymail://",
        CONTACT_RECIPIENTS="staff@example.com",
        SITE_URL=f"http://127.0.0.1:{port}",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        GUNICORN_LOG_LEVEL="warning",
        # No task worker runs beside the bench: GET requests queue nothing.
        HEALTHZ_CHECKS_TASK_QUEUE="0",
        DJANGO_LOG_LEVEL="WARNING",
    )
    return env


def start_site(env, log):
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    return subprocess.Popen(
        [gunicorn, "-c", "gunicorn.conf.py"], cwd=BASE_DIR, env=env, stdout=log, stderr=log
    )


def start_floor(port, log):
    """startproject's project in gunicorn's defaults (sync workers), two workers like the site."""
    env = {**_clean_environment(), "DJANGO_SETTINGS_MODULE": "floor.settings"}
    env.pop("GUNICORN_CMD_ARGS", None)
    floor_dir = BASE_DIR / "bench" / "floor_project"
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    command = [gunicorn, "--chdir", str(floor_dir), "--workers", "2",
               "--bind", f"127.0.0.1:{port}", "--log-level", "warning", "floor.wsgi"]  # fmt: skip
    # Its working directory holds no gunicorn.conf.py, so none of the site's settings apply.
    return subprocess.Popen(command, cwd=floor_dir, env=env, stdout=log, stderr=log)


def wait_until_up(url, server):
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"gunicorn for {url} stopped; see its log")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"gunicorn for {url} did not start")


def wrk(url, seconds, connections, script=None):
    # A slow page is measured, not dropped: wrk waits as long as gunicorn lets a request run.
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "30s",
               "-H", f"Accept-Encoding: {BROWSER_ENCODINGS}"]  # fmt: skip
    if script:
        command += ["-s", str(script)]
    output = subprocess.run([*command, url], capture_output=True, text=True, check=True).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    latency = {
        percent: float(value) * UNITS[unit]
        for percent, value, unit in re.findall(r"\s(50|99)%\s+([\d.]+)(us|ms|s)\b", output)
    }
    not_ok = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return (
        rate,
        latency["50"],
        latency["99"],
        int(not_ok.group(1)) if not_ok else 0,
        sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1))) if socket_errors else 0,
    )


def prepare(env, scale):
    """Migrate, collect static files and fill the database; return the prepared addresses."""
    python = sys.executable
    for command in (["migrate", "--noinput", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([python, "manage.py", *command], cwd=BASE_DIR, env=env, check=True)
    output = subprocess.run(
        [python, "bench/prepare.py", "--scale", str(scale)],
        cwd=BASE_DIR, env=env, check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def resolve(prepared, site_url):
    """Each target's full URL, with the addresses only the filled site knows."""
    home = urllib.request.urlopen(site_url + "/").read().decode()
    times = urllib.request.urlopen(site_url + "/ajanvaraus/").read().decode()
    # The last free time the list shows: the first may pass its minimum notice during the run,
    # and its form would then answer 404 for the rest of it.
    free_times = re.findall(r'href="(/ajanvaraus/varaa/\?aika=[^"]+)"', times)
    if not free_times:
        raise SystemExit("The booking list shows no free time: the example calendars are missing")
    known = {
        **prepared,
        "booking_form": html.unescape(free_times[-1]),
        "stylesheet": re.search(r'href="(/static/css/[^"]+)"', home).group(1),
    }
    return {
        row: (server, known[path[1:-1]] if path.startswith("<") else path)
        for row, server, path in TARGETS
    }


def check_answers(urls, bases):
    """Every target answers 200 before it is measured (this also warms each cache once)."""
    for row, (server, path) in urls.items():
        status, *_rest = wire.fetch(bases[server] + path, BROWSER_ENCODINGS)
        if status != 200:
            raise SystemExit(f"{row} ({path}) answered {status}")


def measure(urls, bases, options):
    results = {row: [] for row in urls}
    script = BASE_DIR / "bench" / "forwarded_for.lua"
    for round_number in range(1, options.rounds + 1):
        print(f"round {round_number}/{options.rounds} ...", flush=True)
        for row, (server, path) in urls.items():  # interleaved: every target in every round
            headers_script = script if row in FROM_MANY_ADDRESSES else None
            url = bases[server] + path
            results[row].append(wrk(url, options.seconds, options.connections, headers_script))
    return results


def query_counts(paths):
    """
    SQL queries per page: cold (the cache emptied), after an edit, and warm (the next request).

    After an edit, twice: of a question in the FAQ (a kind most pages do not show) and of a
    supervisor (a kind most pages do). The edit is saved as in the admin, which starts a new
    content version and renews the parts showing that kind (core.parts); another page of the
    language is seen first, so that the parts pages share are drawn again, as every page but
    the first pays after an edit in the admin.
    """
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from faq.models import Question
    from supervisors.models import Supervisor

    client = Client()

    def queries(path):
        # Counted at once: the next request outside the context empties Django's query log.
        with CaptureQueriesContext(connection) as captured:
            client.get(path)
        return len(captured)

    def after_an_edit_of(model, path):
        model.objects.first().save()
        neighbour = NEIGHBOURS.get(path.split("/")[1], NEIGHBOURS[""])
        client.get(neighbour if neighbour != path else "/palvelut/")
        return queries(path)

    counts = {}
    for path in paths:
        cache.clear()
        cold = queries(path)
        faq_edit = after_an_edit_of(Question, path)
        supervisor_edit = after_an_edit_of(Supervisor, path)
        counts[path] = (cold, faq_edit, supervisor_edit, queries(path))
    return counts


def report(options, results, urls, counts, sizes, visit, added):
    floor_rate = statistics.median(r[0] for r in results[FLOOR])
    print(
        f"\ngunicorn 2 sync workers each (site: production settings), wrk -t2 "
        f"-c{options.connections} asking for '{BROWSER_ENCODINGS}', {options.rounds} "
        f"interleaved rounds of {options.seconds} s; medians"
    )
    if added:
        print("scale", options.scale, "on top of the example content:",
              ", ".join(f"{n} {kind}" for kind, n in added.items()))  # fmt: skip
    print(
        f"\n{'target':<36}{'req/s':>8}{'rounds':>12}{'p50 ms':>9}{'p99 ms':>9}{'× floor':>9}"
        f"{'non-2xx':>8}{'socket':>7}"
    )
    for row, runs in results.items():
        rates = [r[0] for r in runs]
        rate = statistics.median(rates)
        spread = f"{min(rates):.0f}–{max(rates):.0f}"
        print(
            f"{row:<36}{rate:>8.0f}{spread:>12}{statistics.median(r[1] for r in runs):>9.1f}"
            f"{statistics.median(r[2] for r in runs):>9.1f}{rate / floor_rate:>9.2f}"
            f"{sum(r[3] for r in runs):>8}{sum(r[4] for r in runs):>7}"
        )
    print(
        f"\n{'page':<36}{'SQL cold':>9}{'FAQ edit':>9}{'sup. edit':>10}{'warm':>6}"
        f"{'bytes (gzip asked)':>20}"
        f"{'unasked':>9}"
    )
    for row, (server, path) in urls.items():
        cold, faq, supervisor, warm = counts[path] if server == "site" else ("–",) * 4
        sent, compressed, plain = sizes[row]
        sent_text = f"{sent} {'gzip' if compressed else 'plain'}"
        queries = f"{cold:>9}{faq:>9}{supervisor:>10}{warm:>6}"
        print(f"{row:<36}{queries}{sent_text:>20}{plain:>9}")
    for path in MORE_QUERY_PAGES:
        cold, faq, supervisor, warm = counts[path]
        print(f"{path:<36}{cold:>9}{faq:>9}{supervisor:>10}{warm:>6}")
    print("\nAddresses:")
    for row, (_server, path) in urls.items():
        print(f"  {row:<36}{path if len(path) < 70 else path[:66] + '…'}")
    print("\nFirst visit to the home page, bytes transferred (compressed bodies):")
    for name, size in visit.items():
        print(f"  {name:<60}{size:>8}")
    total = sum(visit.values())
    print(f"  {'total':<60}{total:>8} ({total / 1024:.1f} KB)")
    budget = wire.FIRST_VISIT_BUDGET
    verdict = "within" if total <= budget else "OVER"
    print(f"  budget {budget // 1024} KB: {verdict} ({total / budget:.0%})")
    return total <= budget


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=4)
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--scale", type=int, default=0, help="units of a site in use to add")
    options = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed: apt-get install wrk (make bench does it as root).")

    started = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="tyonohjaus-bench-"))
    try:
        passed = run(options, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    print(f"\n(make bench took {time.monotonic() - started:.0f} s)")
    if not passed:
        raise SystemExit(1)


def run(options, workdir):
    """Prepare, serve, measure and report; True when the first visit keeps its budget."""
    site_port, floor_port = free_port(), free_port()
    bases = {"site": f"http://127.0.0.1:{site_port}", "floor": f"http://127.0.0.1:{floor_port}"}
    env = site_environment(workdir, site_port)
    os.environ.update(env)
    print("preparing the bench database ...", flush=True)
    prepared = prepare(env, options.scale)
    added = prepared.pop("added")
    log = open(workdir / "gunicorn.log", "w")  # noqa: SIM115  (closed below)
    servers = [start_site(env, log), start_floor(floor_port, log)]
    try:
        wait_until_up(bases["site"] + "/healthz", servers[0])
        wait_until_up(bases["floor"] + "/", servers[1])
        urls = resolve(prepared, bases["site"])
        check_answers(urls, bases)
        results = measure(urls, bases, options)
        sizes = {row: wire.body_sizes(bases[server] + path) for row, (server, path) in urls.items()}
        visit = wire.first_visit_bytes(bases["site"])
    except BaseException:
        log.flush()
        print((workdir / "gunicorn.log").read_text()[-3000:], file=sys.stderr)
        raise
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
        log.close()

    site_paths = [path for server, path in urls.values() if server == "site"]
    counts = query_counts([*site_paths, *MORE_QUERY_PAGES])
    return report(options, results, urls, counts, sizes, visit, added)


if __name__ == "__main__":
    main()
