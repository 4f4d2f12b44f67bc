"""
The free times are cached in the cache the workers share (a file cache here, as on one
server): through a real gunicorn with two workers, once a booking or a cancellation is
committed no request to the list, whichever worker answers it, shows the old state, and a
blocked day added from another process (the shell) shows at once too.
"""

import http.client
from urllib.parse import urlencode

from booking.forms import parse_time
from booking.timefmt import HELSINKI
from tests.support.bookings import LIVE_CALENDAR_SETUP, SLOT_LINK
from tests.support.live_gunicorn import LiveGunicorn, form_tokens

BLOCK = """
from datetime import date
from booking.models import BlockedDays, Calendar
day = date.fromisoformat({day!r})
BlockedDays.objects.create(calendar=Calendar.objects.get(), first_day=day, last_day=day)
"""
# New connections each: the two workers take turns accepting them.
REQUESTS = 8


def request(site, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=60)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response, response.read().decode()
    finally:
        connection.close()


def lists(site):
    """The free times of the list's first week, as each of REQUESTS requests got them."""
    found = []
    for _ in range(REQUESTS):
        response, html = request(site, "GET", "/ajanvaraus/")
        assert response.status == 200, html[-2000:]
        found.append(SLOT_LINK.findall(html))
    return found


def book(site, value):
    """Book ``value`` through the form, as a visitor does; return the client's own link."""
    response, html = request(site, "GET", f"/ajanvaraus/varaa/?aika={value}")
    assert response.status == 200, html[-2000:]
    cookie = response.getheader("Set-Cookie").split(";")[0]
    body = urlencode({**form_tokens(html), "aika": value, "name": "Asiakas Yksi",
                      "email": "asiakas@example.com", "organisation": "Säätiö ry"})  # fmt: skip
    headers = {"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie}
    response, html = request(site, "POST", "/ajanvaraus/varaa/", body, headers)
    assert response.status == 302, html[-2000:]
    return response.getheader("Location").split("?")[0]


def test_every_worker_shows_a_committed_booking_cancellation_and_blocked_day_at_once(tmp_path):
    site = LiveGunicorn(tmp_path, workers=2, CONTACT_MIN_SECONDS="0").start()
    try:
        site.manage("shell", "-c", LIVE_CALENDAR_SETUP)
        before = lists(site)  # every worker has asked; the list is in the shared cache
        [value, *_others] = before[0]
        assert all(found == before[0] for found in before)

        link = book(site, value)
        after_booking = lists(site)
        assert all(found == before[0][1:] for found in after_booking), after_booking

        form = {"Content-Type": "application/x-www-form-urlencoded"}
        response, _html = request(site, "POST", f"{link}peru/", urlencode({"vahvista": "1"}), form)
        assert response.status == 200
        assert all(found == before[0] for found in lists(site))

        day = parse_time(value).astimezone(HELSINKI).date()
        site.manage("shell", "-c", BLOCK.format(day=day.isoformat()))
        for found in lists(site):
            assert found
            assert not [v for v in found if parse_time(v).astimezone(HELSINKI).date() == day]

        log = site.log()
        assert "Traceback" not in log
        assert "Internal Server Error" not in log
    finally:
        site.stop()
