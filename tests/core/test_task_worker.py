"""
The real task workers, as `make run`, `make serve` and systemd run them, on the test run's
database (SQLite in a file, or PostgreSQL) beside a real gunicorn and a real SMTP server:
a worker outlives the database going away and then delivers; `run_workers` starts again a
worker that was killed; email never waits behind image work.
"""

import os
import re
import signal
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from django_tasks_db.models import DBTaskResult
from PIL import Image

from tests.support.live_gunicorn import BASE_DIR, BIN, LiveGunicorn
from tests.support.smtp import SMTPServer, free_port

QUEUE_AN_ENQUIRY = (
    "from contact.models import Enquiry\n"
    "from contact.tasks import queue_emails\n"
    "queue_emails(Enquiry.objects.create(name='Matti', email='matti@example.com', message='Hei'))"
)


def image_task_finished(site):
    """When the first image task finished on the server (a POSIX time), or None."""
    table = DBTaskResult._meta.db_table
    row = site.query(
        f'SELECT finished_at FROM "{table}" WHERE queue_name = %s AND status = %s',
        ("images", "SUCCESSFUL"),
    )
    if row is None:
        return None
    finished = row[0]
    if isinstance(finished, str):  # SQLite: UTC, as text
        finished = datetime.fromisoformat(finished).replace(tzinfo=UTC)
    return finished.timestamp()


@pytest.fixture
def smtp_server():
    server = SMTPServer(free_port())
    server.start()
    yield server
    server.stop()


@pytest.fixture
def site(tmp_path, smtp_server):
    env = dict(
        EMAIL_URL=f"smtp://127.0.0.1:{smtp_server.port}",
        EMAIL_TIMEOUT="3",
        CONTACT_SEND_CONFIRMATION="0",
        HEALTHZ_CHECKS_TASK_QUEUE="1",
        MEDIA_ROOT=str(tmp_path / "media"),
    )
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        # A lock held longer than this busy timeout fails the worker's query.
        env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'live.sqlite3'}?timeout=1"
    site = LiveGunicorn(tmp_path, workers=1, ready_path="/robots.txt", **env).start()
    yield site
    site.stop()


def start(site, log_path, *command):
    log = open(log_path, "w")  # noqa: SIM115  (the process writes to it until it stops)
    process = subprocess.Popen(
        [str(BIN / "python"), "manage.py", *command],
        cwd=BASE_DIR,
        env=site.env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    log.close()
    return process


def stop(process):
    process.send_signal(signal.SIGTERM)
    return process.wait(timeout=100)


def wait_for(condition, seconds=30, interval=0.1):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if value := condition():
            return value
        time.sleep(interval)
    raise AssertionError(f"not within {seconds} s")


def health(site):
    """/healthz's (status, body)."""
    try:
        with urllib.request.urlopen(site.url + "/healthz", timeout=5) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@contextmanager
def database_unavailable(site):
    """The database refuses the worker for a while: a long SQLite lock, or PostgreSQL down."""
    if site.uses_postgres:
        server = urlunsplit(urlsplit(os.environ["DATABASE_URL"])._replace(path="/postgres"))
        with psycopg.connect(server, autocommit=True) as admin:
            admin.execute(f'ALTER DATABASE "{site.database}" ALLOW_CONNECTIONS false')
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                [site.database],
            )
            try:
                yield
            finally:
                admin.execute(f'ALTER DATABASE "{site.database}" ALLOW_CONNECTIONS true')
    else:
        lock = sqlite3.connect(site.workdir / "live.sqlite3", isolation_level=None)
        lock.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            lock.execute("COMMIT")
            lock.close()


def test_a_worker_outlives_the_database_going_away_and_then_delivers(site, smtp_server, tmp_path):
    assert health(site) == (
        503,
        b"task queue: no task worker for queue default (never seen)\n"
        b"task queue: no task worker for queue images (never seen)\n",
    )
    log = tmp_path / "worker.log"
    worker = start(site, log, "run_worker", "--queue-name", "default,images", "--interval", "0.2")
    try:
        wait_for(lambda: health(site) == (200, b"ok\n"))

        with database_unavailable(site):
            wait_for(lambda: "The task worker lost the database" in log.read_text(), seconds=20)
            time.sleep(2)  # it goes on failing, and waiting, for a while
        assert worker.poll() is None, log.read_text()

        site.manage("shell", "-c", QUEUE_AN_ENQUIRY)
        wait_for(lambda: smtp_server.messages)
        assert worker.poll() is None, log.read_text()
        assert health(site) == (200, b"ok\n")
    finally:
        assert stop(worker) == 0, log.read_text()
    assert "Traceback" not in log.read_text()


def started_workers(log):
    """{queue: [pid, ...]} of the workers run_workers has started, in order."""
    started = {}
    for queue, pid in re.findall(r"task worker for queue (\w+) \(process (\d+)\)", log.read_text()):
        started.setdefault(queue, []).append(int(pid))
    return started


def test_run_workers_starts_again_a_worker_that_was_killed(site, smtp_server, tmp_path):
    log = tmp_path / "workers.log"
    supervisor = start(site, log, "run_workers", "--interval", "0.2")
    try:
        first = wait_for(lambda: started_workers(log).get("default"))[0]
        wait_for(lambda: health(site) == (200, b"ok\n"))

        os.kill(first, signal.SIGKILL)

        wait_for(lambda: len(started_workers(log)["default"]) == 2)
        assert "The task worker for queue default stopped (exit code -9)" in log.read_text()
        site.manage("shell", "-c", QUEUE_AN_ENQUIRY)
        wait_for(lambda: smtp_server.messages)
    finally:
        assert stop(supervisor) == 0, log.read_text()
    for pids in started_workers(log).values():
        with pytest.raises(ProcessLookupError):
            os.kill(pids[-1], 0)  # every worker stopped with it


def test_email_queued_after_a_slow_image_is_delivered_without_waiting_for_it(
    site, smtp_server, tmp_path
):
    photo = tmp_path / "kuva.jpg"
    # Noise encodes slowly: its renditions take seconds, as a large photo's take a minute.
    Image.effect_noise((1800, 1200), 64).convert("RGB").save(photo, quality=95)
    log = tmp_path / "workers.log"
    supervisor = start(site, log, "run_workers", "--interval", "0.2")
    try:
        wait_for(lambda: health(site) == (200, b"ok\n"))
        site.manage(
            "shell",
            "-c",
            "from django.core.files import File\n"
            "from images.models import Image\n"
            f"with open({str(photo)!r}, 'rb') as photo:\n"
            "    Image.objects.create(title='Iso', alt_text='Iso', file=File(photo, 'kuva.jpg'))\n"
            + QUEUE_AN_ENQUIRY,
        )
        wait_for(lambda: smtp_server.messages)
        email_arrived = time.time()
        image_finished = wait_for(lambda: image_task_finished(site), seconds=120)
    finally:
        assert stop(supervisor) == 0, log.read_text()
    assert email_arrived < image_finished - 2, log.read_text()
    assert "Could not" not in log.read_text()
