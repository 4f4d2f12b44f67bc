"""
Browser tests: Playwright drives Debian's Chromium against the live test server.

Playwright's own browser download does not work offline, so the tests launch the system's
Chromium: its headless shell (Debian's ``chromium-headless-shell``, lighter to start and run)
where it is installed, else ``chromium``. Where there is none they are skipped with the reason,
unless REQUIRE_BROWSER is set (as CI does), in which case a missing browser fails the run
instead of hiding it.
"""

import os
import shutil
import time

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.db import connection

from booking.slots import bookable_calendars, free_slots
from booking.workflow import book
from contact.models import Enquiry
from core.roles import ENQUIRY_HANDLERS
from tests.support import db_snapshot
from tests.support.accessibility import DESKTOP, PHONE
from tests.support.admin_browser import PASSWORD, RECORD_VIOLATIONS
from tests.support.bookings import booking_data, make_calendar, make_supervisor
from tests.support.factories import load_seed_content, make_content_editor

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# around it (seeding, checking results) are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = (
    shutil.which("chromium-headless-shell")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args, seeded_live_server):
    # Asking for the live server here starts it before Chromium, so that Chromium (and every
    # connection it keeps alive, each holding a server thread and its database connection)
    # is gone before the server stops and the test database is dropped.
    if CHROMIUM is None:
        message = "Chromium is not installed (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"{message}, and REQUIRE_BROWSER is set.")
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def _browser_test_database(django_db_setup, django_db_blocker, django_db_keepdb):
    """
    The test database, even where no collected test asks pytest-django for one.

    pytest-django creates test databases only for the aliases that the collected tests use
    through its markers and fixtures, which the browser tests do not (they must not run in
    a transaction of their own). Without this, a run of browser tests alone would seed the
    development database.
    """
    from django.test.utils import setup_databases, teardown_databases

    with django_db_blocker.unblock():
        ready = connection.settings_dict["NAME"] == connection.creation._get_test_db_name()
        created = None
        if not ready:
            created = setup_databases(
                verbosity=0, interactive=False, aliases={"default"}, keepdb=django_db_keepdb
            )
    yield
    if created is not None and not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(created, verbosity=0)


@pytest.fixture(scope="session")
def seeded_live_server(request, _browser_test_database, django_db_blocker):
    """
    One live server for every browser test, on the test database with the seeded content.

    The tables are emptied (as a transactional test leaves them) and seeded once; a snapshot
    of the rows puts them back before any test that follows one that changed them (see
    tests/support/db_snapshot.py), so each test starts from the same seeded site without paying for
    the seeding. Settings are per test as usual: the server runs in this process.
    """
    from pytest_django.live_server_helper import LiveServer

    address = (
        request.config.getvalue("liveserver")
        or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    with django_db_blocker.unblock():
        call_command("flush", verbosity=0, interactive=False)
        load_seed_content()
        snapshot = db_snapshot.take()
        server = LiveServer(address)
    server.snapshot = snapshot
    yield server
    server.stop()
    with django_db_blocker.unblock():
        snapshot.close()


def _wait_for_requests_of_earlier_tests(server, seconds=5):
    """
    Let the server finish the requests of the tests before, before the rows are put back.

    Each browser connection has a server thread of its own until it closes; a test closes its
    browsers when it ends, so normally none is left. (A test that failed may leave one open:
    it is then waited for no longer than ``seconds``.)
    """
    # socketserver.ThreadingMixIn keeps the threads it started (a list) once it has any.
    threads = vars(server.thread.httpd).get("_threads")
    deadline = time.monotonic() + seconds
    while threads is not None and time.monotonic() < deadline:
        if not any(thread.is_alive() for thread in list(threads)):
            return
        time.sleep(0.01)


def _put_back_seeded_rows(server, django_db_blocker):
    _wait_for_requests_of_earlier_tests(server)
    with django_db_blocker.unblock():
        if server.snapshot.changed():
            server.snapshot.restore()


@pytest.fixture
def site_url(seeded_live_server, django_db_blocker):
    """
    The live server's address, with exactly the site's seeded content in the database.

    The rows are put back after the test too: the next test of this worker may be one on the
    ``db`` fixture, which shares the test database and expects the seeded rows alone (not
    the example supervisors a browser test added, say).
    """
    server = seeded_live_server
    _put_back_seeded_rows(server, django_db_blocker)
    with django_db_blocker.unblock():
        server._live_server_modified_settings.enable()
        try:
            yield server.url
        finally:
            server._live_server_modified_settings.disable()
            _put_back_seeded_rows(server, django_db_blocker)


@pytest.fixture
def phone_page(browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser):
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def watched(desktop_page):
    """The page, recording CSP violations (events and console errors) in every document."""
    violations = []
    desktop_page.context.add_init_script(RECORD_VIOLATIONS)

    def watch(page):
        page.on(
            "console",
            lambda message: (
                violations.append(message.text)
                if message.type == "error" and "Content Security Policy" in message.text
                else None
            ),
        )

    watch(desktop_page)
    desktop_page.context.on("page", watch)

    def collected(page):
        found = violations + page.evaluate("window.__cspViolations || []")
        violations.clear()
        return found

    desktop_page.violations = collected
    return desktop_page


@pytest.fixture
def superuser(site_url):
    return User.objects.create_superuser("paakayttaja", "p@example.com", PASSWORD)


@pytest.fixture
def staff(site_url):
    """
    A staff member who both edits content and handles enquiries and bookings, one enquiry and
    one booking.
    """
    user = make_content_editor(username="henkilo", password=PASSWORD)
    user.groups.add(Group.objects.get(name=ENQUIRY_HANDLERS))
    Enquiry.objects.create(
        name="Maija Meikäläinen",
        email="maija.meikalainen@esimerkkikunta.example",
        organisation="Esimerkkikunnan sosiaali- ja terveyspalvelut",
        topic_name="Ryhmätyönohjaus",
        message="Haluaisimme ryhmätyönohjausta sosiaalityöntekijöiden tiimillemme syksyllä.",
    )
    calendar = make_calendar(make_supervisor(email="anna@example.com"), location="Teams")
    first = free_slots(bookable_calendars([calendar.supervisor_id]))[0]
    details = {key: value for key, value in booking_data().items() if key != "website"}
    user.booking = book([calendar], first.start, details)
    return user
