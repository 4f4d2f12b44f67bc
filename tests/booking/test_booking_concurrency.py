"""
No double booking under real concurrency: twenty visitors book the same time at once through
a real gunicorn with two workers, on the test run's database (SQLite in a file, or
PostgreSQL); and two overlapping reminder runs send one reminder.
"""

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.support.bookings import LIVE_CALENDAR_SETUP
from tests.support.live_gunicorn import form_tokens, overlapping_runs, sending_site
from tests.support.smtp import SMTPServer, free_port

SETUP = (
    LIVE_CALENDAR_SETUP
    + """
from booking.slots import bookable_calendars, free_slots
print("slot", free_slots(bookable_calendars())[0].start.strftime("%Y%m%dT%H%MZ"))
"""
)


def setup_calendar(site):
    [line] = [line for line in site.manage("shell", "-c", SETUP).splitlines() if "slot" in line]
    return line.split()[-1]


class Visitor:
    """One browser with the booking form of ``value`` open."""

    def __init__(self, site, address, value):
        self.site, self.address = site, address
        self.path = f"/ajanvaraus/varaa/?aika={value}&ohjaaja=anna-testi"
        connection = self._connect()
        connection.request("GET", self.path, headers={"X-Forwarded-For": address})
        response = connection.getresponse()
        html = response.read().decode()
        connection.close()
        assert response.status == 200, html[-2000:]
        self.cookie = response.getheader("Set-Cookie").split(";")[0]
        self.tokens = form_tokens(html)
        self.value = value

    def _connect(self):
        return http.client.HTTPConnection("127.0.0.1", self.site.port, timeout=60)

    def book(self, number):
        body = urlencode(
            {
                **self.tokens,
                "aika": self.value,
                "ohjaaja": "anna-testi",
                "name": f"Asiakas {number}",
                "email": f"asiakas{number}@example.com",
                "organisation": "Säätiö ry",
            }
        )
        connection = self._connect()
        connection.request(
            "POST",
            "/ajanvaraus/varaa/",
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": self.cookie,
                "X-Forwarded-For": self.address,
            },
        )
        response = connection.getresponse()
        html = response.read().decode()
        connection.close()
        return response.status, html


@pytest.fixture
def smtp():
    server = SMTPServer(free_port())
    server.start()
    yield server
    server.stop()


def test_twenty_visitors_booking_the_same_time_at_once_get_one_booking(tmp_path, smtp):
    site = sending_site(tmp_path, smtp.port)
    try:
        value = setup_calendar(site)
        visitors = [Visitor(site, f"198.51.100.{n + 1}", value) for n in range(20)]
        all_ready = threading.Barrier(20)

        def book(numbered):
            number, visitor = numbered
            all_ready.wait(timeout=30)
            return visitor.book(number)

        with ThreadPoolExecutor(max_workers=20) as pool:
            results = list(pool.map(book, enumerate(visitors)))

        statuses = sorted(status for status, _html in results)
        assert statuses == [302] + [409] * 19, site.log()[-3000:]
        for status, html in results:
            if status == 409:
                assert "Tämä aika ehdittiin juuri varata" in html
        assert site.count("booking.Booking") == 1
        log = site.log()
        assert "database is locked" not in log
        assert "Internal Server Error" not in log
        assert "Traceback" not in log
    finally:
        site.stop()


REMINDER_DUE = """
from datetime import timedelta
from django.utils import timezone
from booking.models import Booking
from supervisors.models import Supervisor
s = Supervisor.objects.create(slug="anna-testi", name="Anna Testi", role="Työnohjaaja",
                              introduction="Testi.")
start = timezone.now() + timedelta(hours=20)
for n in range(3):
    at = start + timedelta(hours=n)
    b = Booking(supervisor=s, start=at, end=at + timedelta(minutes=30), mode="video",
                name=f"Asiakas {n}", email=f"asiakas{n}@example.com",
                created_at=timezone.now() - timedelta(days=2), client_sent_sequence=0,
                staff_sent_sequence=0)
    b.new_manage_key()
    b.save()
"""


def test_two_overlapping_reminder_runs_send_each_reminder_once(tmp_path):
    sent, in_all = overlapping_runs(tmp_path, REMINDER_DUE, "send_booking_reminders")

    recipients = sorted(recipients[0] for recipients, _message in sent)
    assert recipients == [f"asiakas{n}@example.com" for n in range(3)]
    assert in_all == 3
