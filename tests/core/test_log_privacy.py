"""No email address or admin search term reaches a log: the app's JSON log or gunicorn's."""

import io
import json
import logging
import smtplib
import urllib.error
import urllib.request

import pytest

from core.logging import EMAIL, PersonalDataFilter, mask
from tests.support.live_gunicorn import LiveGunicorn

ADDRESS = "matti.meikalainen@example.com"


@pytest.fixture
def app_log():
    """What the site's own log handler (settings.LOGGING) writes, as JSON objects."""
    handler = next(
        handler
        for handler in logging.getLogger().handlers
        if any(isinstance(f, PersonalDataFilter) for f in handler.filters)
    )
    buffer = io.StringIO()
    original = handler.setStream(buffer)
    yield lambda: [json.loads(line) for line in buffer.getvalue().splitlines()]
    handler.setStream(original)


def test_a_refused_recipient_in_an_smtp_exception_is_masked(app_log):
    logger = logging.getLogger("contact.models")
    try:
        raise smtplib.SMTPRecipientsRefused(
            {ADDRESS: (550, b"5.1.1 <%b> unknown" % ADDRESS.encode())}
        )
    except smtplib.SMTPRecipientsRefused:
        logger.exception("Sending enquiry to %s failed", ADDRESS)

    [record] = app_log()
    written = json.dumps(record)
    assert "meikalainen" not in written
    assert record["message"] == "Sending enquiry to m***@example.com failed"
    assert "SMTPRecipientsRefused" in record["exc_info"]
    assert "m***@example.com" in record["exc_info"]


def test_extra_fields_and_admin_searches_are_masked(app_log):
    logging.getLogger("django.request").warning(
        "Not Found: %s",
        "/hallinta/contact/enquiry/",
        extra={"request": "<WSGIRequest: GET '/hallinta/contact/enquiry/?q=Matti+Meikäläinen'>"},
    )

    [record] = app_log()
    assert "Meik" not in json.dumps(record)
    assert record["request"] == "<WSGIRequest: GET '/hallinta/contact/enquiry/?q=***'>"


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        (ADDRESS, "m***@example.com"),
        ("/hallinta/?q=matti%40example.com&o=1", "/hallinta/?q=***&o=1"),
        ("/haku/matti%40example.fi/", "/haku/m***%40example.fi/"),
        ("<Matti.M+tag@mail.example.co.uk>", "<M***@mail.example.co.uk>"),
        ("no address @ here, status 550", "no address @ here, status 550"),
    ],
)
def test_mask(text, masked):
    assert mask(text) == masked


def get(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.django_db
def test_gunicorn_logs_carry_no_address_or_search_term(tmp_path):
    site = LiveGunicorn(tmp_path, workers=1).start()
    try:
        search = "/hallinta/contact/enquiry/?q=matti.meikalainen%40example.com"
        get(site.url + search, Referer=site.url + search)
        get(site.url + "/matti.meikalainen@example.com/", Referer=f"mailto:{ADDRESS}")
    finally:
        site.stop()

    log = site.log()
    assert "meikalainen" not in log
    # Still useful: the path, the status and the masked address's domain are there.
    assert '"GET /hallinta/contact/enquiry/ HTTP/1.1" 302' in log
    assert "/m***@example.com/" in log


def test_an_address_is_looked_for_only_where_a_run_of_its_characters_starts():
    """So a long run of letters without an @ is read once, not once for each of its letters."""
    run = "a" * 100_000

    assert [EMAIL.match(f"{run}@example.com", start) for start in (1, 50_000, 99_999)] == [None] * 3
    assert EMAIL.match(f"{run}@example.com", 0)
    assert mask(f"/{run}/") == f"/{run}/"
    assert mask(f"/{run}@example.com/") == "/a***@example.com/"
    assert mask(f"/a@{run}/ and a@{'b.' * 50_000}1") == f"/a@{run}/ and a@{'b.' * 50_000}1"
