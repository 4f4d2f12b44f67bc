"""Run the site under a real gunicorn with production settings, on its own database."""

import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from django.conf import settings

from tests import processes
from tests.smtp import free_port

BASE_DIR = Path(settings.BASE_DIR)
BIN = Path(sys.executable).parent


def _postgres_url(database):
    """The DATABASE_URL of the test run, pointed at another database on the same server."""
    parts = urlsplit(os.environ["DATABASE_URL"])
    return urlunsplit(parts._replace(path=f"/{database}"))


class LiveGunicorn:
    """A gunicorn with N workers serving the site on 127.0.0.1, and its database."""

    def __init__(self, workdir, workers=2, **env_overrides):
        self.workdir = Path(workdir)
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
            DJANGO_SETTINGS_MODULE="tyonohjaus.settings",
            DJANGO_SECRET_KEY="live-gunicorn-test-secret-key-0123456789-abcdefghijklmnop",
            DJANGO_ALLOWED_HOSTS="127.0.0.1",
            DJANGO_SECURE_SSL_REDIRECT="0",
            DJANGO_STATICFILES_STORAGE="django.contrib.staticfiles.storage.StaticFilesStorage",
            DATABASE_URL=database_url,
            CACHE_URL=f"filecache://{self.workdir / 'cache'}",
            EMAIL_URL="dummymail://",
            CONTACT_RECIPIENTS="staff@example.com",
            GUNICORN_BIND=f"127.0.0.1:{self.port}",
            WEB_CONCURRENCY=str(workers),
            DJANGO_LOG_LEVEL="WARNING",
        )
        # A test may replace any default, e.g. CACHE_URL to run the site on Redis.
        self.env = processes.environment(**{**defaults, **env_overrides})
        self.process = None

    def manage(self, *args):
        return processes.manage(*args, env=self.env, check=True).stdout

    def start(self):
        if self.uses_postgres:
            with psycopg.connect(_postgres_url("postgres"), autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.database}"')
                connection.execute(f'CREATE DATABASE "{self.database}"')
        self.manage("migrate", "--noinput", "--verbosity", "0")
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
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not start:\n{self.log()}")

    def stop(self):
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=30)
            self.process = None
            self._log.close()
        if self.uses_postgres:
            with psycopg.connect(_postgres_url("postgres"), autocommit=True) as connection:
                connection.execute(f'DROP DATABASE IF EXISTS "{self.database}" WITH (FORCE)')
        shutil.rmtree(self.workdir / "cache", ignore_errors=True)

    def log(self):
        return self.log_path.read_text() if self.log_path.exists() else ""

    def count(self, model_label):
        code = (
            f"from django.apps import apps; print(apps.get_model({model_label!r}).objects.count())"
        )
        return int(self.manage("shell", "-c", code).strip().splitlines()[-1])


FIELD_VALUE = re.compile(r'name="(?P<name>csrfmiddlewaretoken|started)" value="(?P<value>[^"]+)"')


def form_tokens(html):
    """The CSRF and timestamp tokens of a rendered contact form."""
    return {match["name"]: match["value"] for match in FIELD_VALUE.finditer(html)}
