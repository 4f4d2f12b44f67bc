"""
Under real gunicorn, with visitors reading all the time, every committed edit shows at once.

An editor process changes pages in transactions (as the admin does) while reader threads hammer
them; after each commit the next visitor must get the new text, never a page rendered from the
rows of before the commit.
"""

import contextlib
import subprocess
import sys
import threading
import urllib.error
import urllib.request

import pytest
from django.db import transaction

from core import page_cache
from tests.support.factories import make_page
from tests.support.live_gunicorn import BASE_DIR, LiveGunicorn

EDITS = 30
READERS = 6
EDITED_PAGES = {"vaikuttavuus": "/vaikuttavuus/", "ota-yhteytta": "/ota-yhteytta/"}

# Edits pages in a transaction on the server's database, one command per line from stdin.
# The pause inside the transaction stands for the rest of an admin save (history, log entry):
# visitors' requests keep rendering while the change is saved but not yet committed.
EDITOR = """
import sys, time
import django
django.setup()
from django.db import transaction
from services.models import KeyQuestion, Page

for line in sys.stdin:
    command, slugs, text = line.rstrip("\\n").split(" ", 2)
    with transaction.atomic():
        if command == "question":  # shown in a part of the home page (core.parts)
            question = KeyQuestion.objects.published().first()
            question.question = text
            question.save()
        for page in Page.objects.filter(slug__in=slugs.split(",")):
            if command == "lead":
                page.lead = text
            else:
                page.published = command == "publish"
            page.save()
        time.sleep(0.05)
    print("committed", flush=True)
"""


class Editor:
    def __init__(self, server):
        self.process = subprocess.Popen(
            [sys.executable, "-c", EDITOR],
            cwd=BASE_DIR,
            env=server.env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def commit(self, command, slugs, text="-"):
        self.process.stdin.write(f"{command} {','.join(slugs)} {text}\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline() == "committed\n"

    def close(self):
        self.process.stdin.close()
        self.process.wait(timeout=30)


class Readers:
    """Threads that request the pages over and over until stopped."""

    def __init__(self, server, paths):
        self.server = server
        self.paths = paths
        self.stopped = threading.Event()
        self.requests = 0
        self.threads = [threading.Thread(target=self._read) for _ in range(READERS)]

    def _read(self):
        while not self.stopped.is_set():
            for path in self.paths:
                fetch(self.server, path)
                self.requests += 1

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stopped.set()
        for thread in self.threads:
            thread.join(timeout=60)


def fetch(server, path):
    try:
        with urllib.request.urlopen(server.url + path, timeout=60) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, ""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    server = LiveGunicorn(tmp_path_factory.mktemp("live"), workers=2).start()
    yield server
    server.stop()


@pytest.fixture
def editor(server):
    editor = Editor(server)
    yield editor
    editor.close()


def test_every_committed_edit_shows_on_the_next_request_while_visitors_read(server, editor):
    stale = []
    with Readers(server, list(EDITED_PAGES.values())) as readers:
        for number in range(1, EDITS + 1):
            text = f"Ingressi muokattu {number}. kerran."
            editor.commit("lead", EDITED_PAGES, text)
            for path in EDITED_PAGES.values():
                status, html = fetch(server, path)
                if status != 200 or text not in html:
                    stale.append((number, path, status))

    assert readers.requests > EDITS, "the readers did not run alongside the edits"
    assert stale == [], f"{len(stale)} stale of {EDITS * len(EDITED_PAGES)}: {stale}"
    assert "Internal Server Error" not in server.log()


def test_every_committed_edit_shows_in_the_kept_parts_on_the_next_request(server, editor):
    """The home page's key questions are a part kept under their own stamp, not the version."""
    stale = []
    with Readers(server, ["/", "/palvelut/"]) as readers:
        for number in range(1, EDITS + 1):
            text = f"Avainkysymys muokattu {number}. kerran?"
            editor.commit("question", ["-"], text)
            status, html = fetch(server, "/")
            if status != 200 or text not in html:
                stale.append((number, status))

    assert readers.requests > EDITS, "the readers did not run alongside the edits"
    assert stale == [], f"{len(stale)} stale of {EDITS}: {stale}"
    assert "Internal Server Error" not in server.log()


def test_an_unpublished_page_is_gone_for_visitors_once_committed(server, editor):
    with Readers(server, ["/vaikuttavuus/"]):
        for _ in range(5):
            editor.commit("unpublish", ["vaikuttavuus"])
            assert fetch(server, "/vaikuttavuus/")[0] == 404
            editor.commit("publish", ["vaikuttavuus"])
            assert fetch(server, "/vaikuttavuus/")[0] == 200


@pytest.mark.django_db(transaction=True)
def test_a_new_content_version_starts_when_the_edit_commits_not_before():
    page = make_page()
    before = page_cache.content_version()

    with transaction.atomic():
        page.lead = "Uusi ingressi."
        page.save()
        assert page_cache.content_version() == before

    assert page_cache.content_version() != before


@pytest.mark.django_db(transaction=True)
def test_a_rolled_back_edit_keeps_the_cached_pages():
    page = make_page()
    before = page_cache.content_version()

    with contextlib.suppress(RuntimeError), transaction.atomic():
        page.delete()
        raise RuntimeError("the editor's request failed")

    assert page_cache.content_version() == before
