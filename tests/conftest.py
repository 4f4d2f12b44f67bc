import hashlib

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile

from tests.support.smtp import SMTPServer, free_port, send_email_to


@pytest.fixture(autouse=True)
def _isolated(settings):
    """
    Each test starts with an empty cache (rate limits), as a worker that has converted no
    Markdown yet (services.markdown keeps each text's conversion), and with known contact
    settings.
    """
    from services import markdown

    cache.clear()
    markdown._converted.cache_clear()
    settings.CONTACT_RECIPIENTS = ["henkilokunta@example.com", "ohjaaja@example.com"]
    settings.DEFAULT_FROM_EMAIL = "Työnohjaus <sivusto@example.com>"
    yield
    cache.clear()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """
    pytest-django's test databases, with no session left on them when they are dropped.

    Threads of this process that used the ORM (live server threads serving connections a
    browser kept alive, a test's worker threads) can leave a PostgreSQL session open, and
    PostgreSQL drops no database that a session uses.
    """
    yield
    from django.db import connections

    with django_db_blocker.unblock():
        for alias in connections:
            connection = connections[alias]
            test_database = connection.creation._get_test_db_name()
            if (
                connection.vendor == "postgresql"
                and connection.settings_dict["NAME"] == test_database
            ):
                with connection.cursor() as cursor:
                    cursor.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )


@pytest.fixture(scope="session", autouse=True)
def _live_gunicorn_templates():
    """Drop the migrated template databases of tests/support/live_gunicorn.py at the end."""
    yield
    from tests.support import live_gunicorn

    live_gunicorn.MIGRATED.drop()


@pytest.fixture(scope="session", autouse=True)
def _renditions_encoded_once():
    """
    Encode each rendition of the same picture once per run, not in every test.

    Many tests load the same example portraits or upload the same test photo, and encoding
    its AVIF, WebP and JPEG renditions took most of their time. django-pictures' own code
    resizes and encodes every distinct picture (pixels, width, crop and format); a test that
    asks for one already made gets the same bytes written to its own storage under its own
    name, as the real save would write them.
    """
    from pictures.models import PillowPicture

    real_save = PillowPicture.save
    encoded = {}

    def save(self, image):
        key = (
            hashlib.blake2b(image.tobytes()).hexdigest(),
            image.mode,
            image.size,
            self.file_type,
            self.width,
            self.aspect_ratio,
        )
        if key not in encoded:
            real_save(self, image)
            with self.storage.open(self.name) as file:
                encoded[key] = file.read()
            return
        self.storage.delete(self.name)
        self.storage.save(self.name, ContentFile(encoded[key]))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(PillowPicture, "save", save)
        yield


class _CommitAtOnce:
    @staticmethod
    def on_commit(func, using=None, robust=False):
        func()


@pytest.fixture
def commit_at_once(monkeypatch):
    """
    Run after-commit work (emails, a booking's page links) at once: a test on the ``db``
    fixture runs in a transaction that is rolled back, never committed.
    """
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda func, using=None, robust=False: func()
    )


@pytest.fixture
def editor_client():
    """A browser session of a content editor, separate from the anonymous ``client``."""
    from django.test import Client

    from tests.support.factories import make_content_editor

    editor_client = Client()
    editor_client.force_login(make_content_editor())
    return editor_client


def _commits_for_real(item):
    """Whether test ``item`` commits to the test database (and so empties it afterwards)."""
    marker = item.get_closest_marker("django_db")
    return bool(marker and marker.kwargs.get("transaction")) or any(
        name in item.fixturenames
        for name in ("transactional_db", "live_server", "seeded_live_server")
    )


_EMPTIED = pytest.StashKey[bool]()


def pytest_runtest_teardown(item):
    if _commits_for_real(item):
        # pytest-django empties every table after such a test, the seeded content too.
        item.config.stash[_EMPTIED] = True


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """
    A test that follows one which committed for real finds the content and roles the
    migrations seed, as every other test does: pytest-django runs those tests last, but a
    worker that steals work (``--dist=worksteal``) may run others after them.
    """
    if not item.config.stash.get(_EMPTIED, False):
        return
    item.config.stash[_EMPTIED] = False
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from pytest_django.plugin import blocking_manager_key

    from core import roles
    from tests.support.factories import load_seed_content

    with item.config.stash[blocking_manager_key].unblock():
        if not Group.objects.filter(name=roles.CONTENT_EDITORS).exists():
            # Flushed once more to start the primary keys from 1, as after migrate.
            call_command("flush", verbosity=0, interactive=False)
            load_seed_content()


@pytest.fixture(autouse=True)
def _content_edits_commit_at_once(request, monkeypatch):
    """
    Start a new page-cache content version (and replace the stamps of the booking calendars'
    free times and of the team surveys) at once on an edit, as its commit would.

    Tests on the ``db`` fixture run inside one transaction that is rolled back, never
    committed, so the new version, which waits for the commit, would never start. Tests with
    real commits (``transactional_db``, live servers, the browser tests' seeded live server)
    keep the real wait; so does tests/core/test_page_cache_concurrency.py, which edits under real
    gunicorn.
    """
    if _commits_for_real(request.node):
        return
    from core import page_cache

    monkeypatch.setattr(page_cache, "transaction", _CommitAtOnce)


@pytest.fixture
def smtp_server(settings):
    """A local SMTP server that Django's email is sent to, not yet started (a test starts it)."""
    server = SMTPServer(free_port())
    send_email_to(settings, server.port)
    yield server
    server.stop()
