"""Run the site under a real gunicorn with production settings, on its own database."""

import http.client
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from django.apps import apps
from django.conf import settings

from tests.support import processes
from tests.support.smtp import SMTPServer, free_port

BASE_DIR = Path(settings.BASE_DIR)
BIN = Path(sys.executable).parent


def _postgres_url(database):
    """The DATABASE_URL of the test run, pointed at another database on the same server."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{database}"))


# The production settings every LiveGunicorn runs with (each adds its database, cache and port).
PRODUCTION_ENV = dict(
    DJANGO_SETTINGS_MODULE="tyonohjaus.settings",
    DJANGO_SECRET_KEY="live-gunicorn-test-secret-key-0123456789-abcdefghijklmnop",
    DJANGO_ALLOWED_HOSTS="127.0.0.1",
    DJANGO_SECURE_SSL_REDIRECT="0",
    DJANGO_STATICFILES_STORAGE="django.contrib.staticfiles.storage.StaticFilesStorage",
    EMAIL_URL="dummymail://",
    CONTACT_RECIPIENTS="staff@example.com",
    DJANGO_LOG_LEVEL="WARNING",
    # No task worker runs beside these servers unless a test starts one (and turns this on).
    HEALTHZ_CHECKS_TASK_QUEUE="0",
)


class _MigratedTemplate:
    """
    One database migrated once per test process, copied for every LiveGunicorn.

    Running `migrate` in a subprocess takes seconds, far longer than copying its result: the
    first server's start migrates a template database (PostgreSQL: a database of its own,
    which each server's database is created from with CREATE DATABASE ... TEMPLATE; SQLite:
    a file, copied with SQLite's backup API). Each server still starts on a database of its
    own, exactly as `migrate` leaves a new one. Under pytest-xdist each worker has its own.
    """

    def __init__(self):
        self._lock = threading.Lock()
        self._postgres = None
        self._sqlite = None

    def _migrate(self, database_url):
        env = processes.environment(
            **{**PRODUCTION_ENV, "DATABASE_URL": database_url, "CACHE_URL": "locmemcache://"}
        )
        processes.manage("migrate", "--noinput", "--verbosity", "0", env=env, check=True)

    def copy_to_postgres(self, database):
        with self._lock:
            if self._postgres is None:
                template = f"tyonohjaus_live_template_{os.getpid()}"
                _create_postgres_database(template)
                self._migrate(_postgres_url(template))
                self._postgres = template
        _create_postgres_database(database, template=self._postgres)

    def copy_to_sqlite(self, path):
        with self._lock:
            if self._sqlite is None:
                folder = Path(tempfile.mkdtemp(prefix="tyonohjaus-live-template-"))
                self._migrate(f"sqlite:///{folder / 'template.sqlite3'}")
                self._sqlite = folder / "template.sqlite3"
        source, target = sqlite3.connect(self._sqlite), sqlite3.connect(path)
        try:
            source.backup(target)
        finally:
            source.close()
            target.close()

    def drop(self):
        """Remove the templates (at the end of the test session)."""
        if self._postgres is not None:
            _drop_postgres_database(self._postgres)
            self._postgres = None
        if self._sqlite is not None:
            shutil.rmtree(self._sqlite.parent, ignore_errors=True)
            self._sqlite = None


def _create_postgres_database(database, template=None):
    with psycopg.connect(_postgres_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}"')
        clause = f' TEMPLATE "{template}"' if template else ""
        connection.execute(f'CREATE DATABASE "{database}"{clause}')
        # Not one commit waits for its WAL to reach the disk: a crash of the machine could
        # lose the last moments of this throwaway database, and nothing else changes.
        connection.execute(f'ALTER DATABASE "{database}" SET synchronous_commit = off')


def _drop_postgres_database(database):
    with psycopg.connect(_postgres_url("postgres"), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')


MIGRATED = _MigratedTemplate()


class LiveGunicorn:
    """A gunicorn with N workers serving the site on 127.0.0.1, and its database."""

    def __init__(self, workdir, workers=2, ready_path="/healthz", **env_overrides):
        self.workdir = Path(workdir)
        # Answered 200 once the server is up (a test whose /healthz answers 503 on purpose
        # waits for another page).
        self.ready_path = ready_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = self.workdir / "gunicorn.log"
        self.uses_postgres = os.environ.get("DATABASE_URL", "").startswith("postgres")
        self.database = f"tyonohjaus_live_{os.getpid()}"
        database_url = (
            _postgres_url(self.database)
            if self.uses_postgres
            else f"sqlite:///{self.workdir / 'live.sqlite3'}"
        )
        defaults = dict(
            PRODUCTION_ENV,
            DATABASE_URL=database_url,
            CACHE_URL=f"filecache://{self.workdir / 'cache'}",
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(workers),
            # Tests read which requests reached the app in its access log.
            GUNICORN_ACCESS_LOG="1",
        )
        # A test may replace any default, e.g. CACHE_URL to run the site on Redis.
        self.env = processes.environment(**{**defaults, **env_overrides})
        self.process = None

    def manage(self, *args):
        return processes.manage(*args, env=self.env, check=True).stdout

    def manage_in_background(self, *args):
        """A command on this server's database, left running (a cron run beside another)."""
        return processes.manage_in_background(*args, env=self.env)

    def manage_at_once(self, command, count=2):
        """
        ``count`` runs of ``command`` started together on this server's database (two cron
        runs that overlap); their outputs, once every run has succeeded without meeting a
        locked database.
        """
        runs = [self.manage_in_background(command) for _ in range(count)]
        outputs = [run.communicate(timeout=300)[0] for run in runs]
        assert [run.returncode for run in runs] == [0] * count, outputs
        assert not any("database is locked" in output for output in outputs), outputs
        return outputs

    def printed(self, code, label):
        """The words after ``label`` on the line that ``code``, run by `manage.py shell`, prints."""
        output = self.manage("shell", "-c", code)
        [line] = [line for line in output.splitlines() if line.startswith(f"{label} ")]
        return line.split()[1:]

    def make_database(self):
        """The server's own database, as `migrate` leaves a new one."""
        if self.uses_postgres:
            MIGRATED.copy_to_postgres(self.database)
        elif not (self.workdir / "live.sqlite3").exists():  # a restarted server keeps its rows
            MIGRATED.copy_to_sqlite(self.workdir / "live.sqlite3")

    def start(self):
        self.make_database()
        self._log = open(self.log_path, "w")  # noqa: SIM115  (closed in stop())
        self.process = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "gunicorn.conf.py"],
            cwd=BASE_DIR,
            env=self.env,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + self.ready_path, timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"gunicorn did not start:\n{self.log()}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
            self._log.close()
        if self.uses_postgres:
            _drop_postgres_database(self.database)
        shutil.rmtree(self.workdir / "cache", ignore_errors=True)

    def log(self):
        return self.log_path.read_text() if self.log_path.exists() else ""

    def query(self, sql, params=()):
        """
        The first row of ``sql`` run on the server's database, read directly: a Django process
        (``manage``) takes a second or more of CPU to start, far more than a query.
        Placeholders are ``%s``; SQLite returns datetimes as text.
        """
        found = self.rows(sql, params)
        return found[0] if found else None

    def rows(self, sql, params=()):
        """Every row of ``sql`` run on the server's database (see ``query``)."""
        if self.uses_postgres:
            with psycopg.connect(_postgres_url(self.database)) as connection:
                return connection.execute(sql, params).fetchall()
        connection = sqlite3.connect(self.workdir / "live.sqlite3")
        try:
            return connection.execute(sql.replace("%s", "?"), params).fetchall()
        finally:
            connection.close()

    def count(self, model_label):
        """How many rows of the model the server's database holds."""
        table = apps.get_model(model_label)._meta.db_table
        return self.query(f'SELECT count(*) FROM "{table}"')[0]


FIELD_VALUE = re.compile(r'name="(?P<name>csrfmiddlewaretoken|started)" value="(?P<value>[^"]+)"')


def form_tokens(html):
    """The CSRF and timestamp tokens of a rendered contact form."""
    return {match["name"]: match["value"] for match in FIELD_VALUE.finditer(html)}


def send_at_once(server, paths, body):
    """POST ``body`` to every path in ``paths`` at the same moment; (status, page) of each."""
    everyone_ready = threading.Barrier(len(paths))

    def send(path):
        connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
        connection.connect()
        everyone_ready.wait(timeout=60)
        connection.request(
            "POST", path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"}
        )
        response = connection.getresponse()
        page = response.read().decode()
        connection.close()
        return response.status, page

    with ThreadPoolExecutor(max_workers=len(paths)) as pool:
        return list(pool.map(send, paths))


def sending_site(tmp_path, smtp_port, **env):
    """
    Two gunicorn workers whose email goes to the local SMTP server at ``smtp_port``, with no
    minimum time on the forms, and each visitor's address given in X-Forwarded-For.
    """
    return LiveGunicorn(
        tmp_path,
        workers=2,
        EMAIL_URL=f"smtp://127.0.0.1:{smtp_port}",
        EMAIL_TIMEOUT="3",
        CONTACT_MIN_SECONDS="0",
        TRUSTED_PROXY_COUNT="1",
        **env,
    ).start()


def overlapping_runs(tmp_path, setup, command):
    """
    Two runs of the management ``command`` at once (a cron job started again while the last
    one still sends), on a site that the `manage.py shell` code ``setup`` fills, through an
    SMTP server that takes a second to accept each message; then a third run, after them.

    Returns the messages the first two runs sent, and how many there were after the third.
    """
    slow = SMTPServer(free_port(), delay=1)
    slow.start()
    site = sending_site(tmp_path, slow.port)
    try:
        site.manage("shell", "-c", setup)
        site.manage_at_once(command)
        sent_together = list(slow.messages)
        site.manage(command)
        return sent_together, len(slow.messages)
    finally:
        site.stop()
        slow.stop()
