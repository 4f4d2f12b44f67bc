"""Fixtures of the booking tests that handle a booking in the admin."""

import pytest
from django.test import Client

from tests.support.bookings import make_calendar, make_supervisor
from tests.support.factories import enquiry_handler


@pytest.fixture
def commit_at_once(monkeypatch):
    """Run on-commit work (the emails) at once, inside the test's transaction."""
    monkeypatch.setattr(
        "django.db.transaction.on_commit", lambda func, using=None, robust=False: func()
    )


@pytest.fixture
def calendar():
    """Open every day 9–16, with the default minimum notice of 24 hours."""
    return make_calendar(make_supervisor(email="anna@example.com"), location="Teams")


@pytest.fixture
def staff():
    """A logged-in enquiry handler, who handles bookings."""
    client = Client(raise_request_exception=False)
    client.force_login(enquiry_handler())
    return client
