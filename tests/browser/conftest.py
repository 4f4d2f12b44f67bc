"""
Browser tests: Playwright drives Debian's Chromium against the live test server.

Playwright's own browser download does not work offline, so the tests launch the system's
``chromium``. Where there is none they are skipped with the reason, unless REQUIRE_BROWSER is
set (as CI does), in which case a missing browser fails the run instead of hiding it.
"""

import os
import shutil

import pytest

from tests.factories import load_seed_content

# Playwright's sync API runs an event loop in the test thread; the ORM calls the tests make
# around it (seeding, checking results) are synchronous and safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if CHROMIUM is None:
        message = "Chromium is not installed (apt-get install chromium)"
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(f"{message}, and REQUIRE_BROWSER is set.")
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def site_url(live_server):
    """The live server's address, with the site's seeded content loaded."""
    load_seed_content()
    return live_server.url


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
