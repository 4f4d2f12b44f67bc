"""
Places are given out by the database under real concurrency: thirty visitors race for the last
three places through a real gunicorn with two workers, on the test run's database (SQLite in a
file, or PostgreSQL); ten cancellations race, each freed place goes to exactly one waitlisted
person, and two overlapping email runs tell each of them once; two overlapping reminder runs
against a slow mail server remind each participant once.
"""

import http.client
import re
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.support.live_gunicorn import form_tokens, overlapping_runs, sending_site
from tests.support.smtp import SMTPServer, free_port

SETUP = """
from datetime import timedelta
from django.utils import timezone
from events.models import Event, Session
e = Event.objects.create(kind="info_session", title="Tietoisku", slug="tietoisku", lead="L.",
                         description="D.", audience="Kaikki", place="Esimerkkikatu 1",
                         places=3, published=True)
start = timezone.now() + timedelta(days=30)
Session.objects.create(event=e, start=start, end=start + timedelta(hours=2))
e.dates_changed()
"""

PATH = "/koulutukset/tietoisku/"
# The staff inbox the live site is given (tests/support/live_gunicorn.py).
STAFF = ["staff@example.com"]


class Visitor:
    """One browser with the event's registration form open."""

    def __init__(self, site, address):
        self.site, self.address = site, address
        connection = self._connect()
        connection.request("GET", PATH, headers={"X-Forwarded-For": address})
        response = connection.getresponse()
        html = response.read().decode()
        connection.close()
        assert response.status == 200, html[-2000:]
        self.cookie = response.getheader("Set-Cookie").split(";")[0]
        self.tokens = form_tokens(html)

    def _connect(self):
        return http.client.HTTPConnection("127.0.0.1", self.site.port, timeout=60)

    def post(self, path, fields):
        connection = self._connect()
        connection.request(
            "POST",
            path,
            body=urlencode(fields),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": self.cookie,
                "X-Forwarded-For": self.address,
            },
        )
        response = connection.getresponse()
        html = response.read().decode()
        location = response.getheader("Location", "")
        connection.close()
        return response.status, html, location

    def register(self, number, waitlist=False):
        return self.post(
            PATH,
            {
                **self.tokens,
                "osallistuja-TOTAL_FORMS": "1",
                "osallistuja-INITIAL_FORMS": "0",
                "osallistuja-0-name": f"Osallistuja {number}",
                "osallistuja-0-email": f"osallistuja{number}@example.com",
                "organisation": "Säätiö ry",
                **({"jonoon": "True"} if waitlist else {}),
            },
        )


@pytest.fixture
def smtp():
    server = SMTPServer(free_port(), delay=0.5)
    server.start()
    yield server
    server.stop()


def race(callables):
    all_ready = threading.Barrier(len(callables))

    def run(call):
        all_ready.wait(timeout=60)
        return call()

    with ThreadPoolExecutor(max_workers=len(callables)) as pool:
        return list(pool.map(run, callables))


def test_thirty_racing_for_three_places_and_ten_racing_cancellations(tmp_path, smtp):
    site = sending_site(tmp_path, smtp.port)
    try:
        site.manage("shell", "-c", SETUP)
        visitors = [Visitor(site, f"198.51.100.{n + 1}") for n in range(30)]

        # Thirty at once for three places: three registered, every other a clear "full".
        results = race([lambda n=n, v=v: v.register(n) for n, v in enumerate(visitors)])
        statuses = sorted(status for status, _html, _location in results)
        assert statuses == [302] * 3 + [409] * 27, site.log()[-3000:]
        for status, html, _location in results:
            if status == 409:
                assert "Täynnä – liity jonoon" in html
        assert site.rows("SELECT taken FROM events_event") == [(3,)]

        # The twenty-seven join the waitlist, at once too.
        refused = [
            v for (status, _h, _l), v in zip(results, visitors, strict=True) if status == 409
        ]
        numbers = {id(v): n for n, v in enumerate(visitors)}
        queued = race([lambda v=v: v.register(numbers[id(v)], waitlist=True) for v in refused])
        assert sorted(status for status, _h, _l in queued) == [302] * 27, site.log()[-3000:]
        assert site.rows(
            "SELECT status, COUNT(*) FROM events_registration GROUP BY status ORDER BY status"
        ) == [("registered", 3), ("waitlisted", 27)]

        # Ten cancellations at once: the three holding places and seven of the queue.
        tokens = site.rows("SELECT email, manage_key FROM events_registration ORDER BY id")
        links = dict(
            line.split()
            for line in site.manage(
                "shell", "-c",
                "from events.models import Registration\n"
                "for r in Registration.objects.order_by('queued_at', 'pk'):\n"
                "    print(r.email, r.manage_token)",
            ).splitlines()
            if "@" in line
        )  # fmt: skip
        holders = [email for email, _key in tokens][:3]
        queue = [email for email, _key in tokens][3:]
        leaving = holders + queue[10:17]
        cancellations = race(
            [
                lambda email=email: visitors[0].post(
                    f"/koulutukset/ilmoittautuminen/{links[email]}/peru/", {"vahvista": "1"}
                )
                for email in leaving
            ]
        )
        assert [status for status, _h, _l in cancellations] == [200] * 10, site.log()[-3000:]
        assert site.rows("SELECT taken FROM events_event") == [(3,)]
        registered = {
            email for (email,) in site.rows(
                "SELECT email FROM events_registration WHERE status = 'registered'"
            )
        }  # fmt: skip
        # The three places went to the first three in the queue, each once.
        assert registered == set(queue[:3])
        assert site.rows(
            "SELECT COUNT(*) FROM events_registration WHERE promoted_at IS NOT NULL"
        ) == [(3,)]

        # Two overlapping email runs (the worker is not running): each email once.
        site.manage_at_once("send_event_emails")
        to_staff = [message for recipients, message in smtp.messages if recipients == STAFF]
        recipients = [recipients[0] for recipients, _m in smtp.messages if recipients != STAFF]
        assert len(recipients) == len(set(recipients)) == 30
        # Staff hear of each registration once; as none was told before these runs, each
        # notice gives the registration as it stands, the ten cancellations included.
        replying_to = [m["Reply-To"].addresses[0].addr_spec for m in to_staff]
        assert sorted(replying_to) == sorted(holders + queue)
        cancelled = {
            m["Reply-To"].addresses[0].addr_spec
            for m in to_staff
            if ": Peruttu" in m.get_body(("plain",)).get_content()
        }
        assert cancelled == set(leaving)
        promoted = [message for recipients, message in smtp.messages if recipients[0] in queue[:3]]
        assert len(promoted) == 3
        assert all(re.search(r"Subject: .*paikan", m, re.S) for m in map(str, promoted))
        log = site.log()
        assert "database is locked" not in log
        assert "Internal Server Error" not in log
        assert "Traceback" not in log
    finally:
        site.stop()


REMINDERS_DUE = """
from datetime import timedelta
from django.utils import timezone
from events import workflow
from events.models import Event, Registration, Session
e = Event.objects.create(kind="webinar", title="Webinaari", slug="webinaari", lead="L.",
                         description="D.", audience="Kaikki", attendance="online",
                         video_link="https://video.example.com/huone", places=5, published=True)
start = timezone.now() + timedelta(hours=20)
Session.objects.create(event=e, start=start, end=start + timedelta(hours=1))
e.dates_changed()
for n in range(3):
    workflow.register(e, [{"name": f"Osallistuja {n}", "email": f"osallistuja{n}@example.com"}],
                      {"organisation": ""}, group_key=f"{n:032d}")
Registration.objects.update(sent_sequence=0, created_at=timezone.now() - timedelta(days=2))
"""


def test_two_overlapping_reminder_runs_send_each_reminder_once(tmp_path):
    sent, in_all = overlapping_runs(tmp_path, REMINDERS_DUE, "send_event_reminders")

    recipients = sorted(recipients[0] for recipients, _message in sent)
    assert recipients == [f"osallistuja{n}@example.com" for n in range(3)]
    for _recipients, message in sent:
        assert "video.example.com/huone" in message.get_body(("plain",)).get_content()
    assert in_all == 3
