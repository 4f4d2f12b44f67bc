"""
Nothing lost, nothing twice: enquiries through a real gunicorn, the real task worker and the
retry command side by side, against slow and silent mail servers, on the test run's database
(SQLite in a file, or PostgreSQL).
"""

import http.client
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.support.live_gunicorn import form_tokens, sending_site
from tests.support.smtp import SilentServer, SMTPServer, free_port

FORM = "/ota-yhteytta/"
THANKS = "/ota-yhteytta/kiitos/"


def start_site(tmp_path, smtp_port, **env):
    # Each test's visitors give their own address through X-Forwarded-For.
    return sending_site(tmp_path, smtp_port, CONTACT_SEND_CONFIRMATION="0", **env)


class Visitor:
    """One browser: it opens the contact form once, then may send that form any number of times."""

    def __init__(self, site, address):
        self.site = site
        self.address = address
        connection = self._connect()
        connection.request("GET", FORM, headers={"X-Forwarded-For": address})
        response = connection.getresponse()
        html = response.read().decode()
        connection.close()
        self.cookie = response.getheader("Set-Cookie").split(";")[0]
        self.tokens = form_tokens(html)

    def _connect(self):
        return http.client.HTTPConnection("127.0.0.1", self.site.port, timeout=60)

    def send(self, name, message="Haluaisimme kuulla ryhmätyönohjauksesta. Kiitos!"):
        body = urlencode(
            {
                **self.tokens,
                "name": name,
                "email": "asiakas@example.com",
                "delivery": "either",
                "contact_method": "email",
                "message": message,
            }
        )
        connection = self._connect()
        started = time.monotonic()
        connection.request(
            "POST",
            FORM,
            body=body,
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Cookie": self.cookie,
                "X-Forwarded-For": self.address,
            },
        )
        response = connection.getresponse()
        response.read()
        connection.close()
        return response.status, response.getheader("Location"), time.monotonic() - started


def enquiry_states(site):
    """{name: (notified, notify_attempts)} of every stored enquiry."""
    code = (
        "from contact.models import Enquiry\n"
        "for e in Enquiry.objects.order_by('pk'):\n"
        "    print('enquiry', e.name, e.notified_at is not None, e.notify_attempts, sep='|')"
    )
    states = {}
    for line in site.manage("shell", "-c", code).splitlines():
        if line.startswith("enquiry|"):
            _label, name, notified, attempts = line.split("|")
            states[name] = (notified == "True", int(attempts))
    return states


def subjects(smtp_server):
    return sorted(message["Subject"] for _recipients, message in smtp_server.messages)


@pytest.fixture
def slow_smtp():
    server = SMTPServer(free_port(), delay=2)
    server.start()
    yield server
    server.stop()


def test_visitors_are_served_while_two_retry_runs_and_the_worker_talk_to_a_slow_server(
    tmp_path, slow_smtp
):
    site = start_site(tmp_path, slow_smtp.port)
    try:
        assert Visitor(site, "198.51.100.1").send("Ensimmäinen Asiakas")[0] == 302
        # The cron job twice over and the worker, all at once, on the queued enquiry.
        runs = [
            site.manage_in_background("send_pending_enquiries"),
            site.manage_in_background("send_pending_enquiries"),
            site.manage_in_background("db_worker", "--batch"),
        ]
        time.sleep(1)  # now one of them is waiting for the slow server's answer

        status, location, _seconds = Visitor(site, "198.51.100.2").send("Toinen Asiakas")

        outputs = [run.communicate(timeout=60)[0] for run in runs]
        assert (status, location) == (302, THANKS), site.log()[-3000:]
        assert [run.returncode for run in runs] == [0, 0, 0], outputs
        assert not any("database is locked" in output for output in outputs), outputs
        site.manage("db_worker", "--batch")
        site.manage("send_pending_enquiries")
        assert enquiry_states(site) == {
            "Ensimmäinen Asiakas": (True, 1),
            "Toinen Asiakas": (True, 1),
        }
        assert len(slow_smtp.messages) == 2
        assert "Internal Server Error" not in site.log()
    finally:
        site.stop()


def test_twenty_simultaneous_posts_from_one_address_store_exactly_the_limit(tmp_path, slow_smtp):
    site = start_site(tmp_path, slow_smtp.port, CONTACT_RATE_LIMIT="5")
    try:
        visitors = [Visitor(site, "203.0.113.20") for _ in range(20)]
        all_ready = threading.Barrier(20)

        def send(numbered):
            number, visitor = numbered
            all_ready.wait(timeout=30)
            return visitor.send(f"Asiakas {number}")[0]

        with ThreadPoolExecutor(max_workers=20) as pool:
            statuses = list(pool.map(send, enumerate(visitors)))

        assert sorted(statuses) == [302] * 5 + [429] * 15, site.log()[-3000:]
        assert site.count("contact.Enquiry") == 5
        # Another address is not affected.
        assert Visitor(site, "203.0.113.21").send("Muu Asiakas")[0] == 302
    finally:
        site.stop()


def test_a_form_sent_five_times_at_once_stores_one_enquiry_and_one_email(tmp_path, slow_smtp):
    site = start_site(tmp_path, slow_smtp.port)
    try:
        visitor = Visitor(site, "192.0.2.55")
        all_ready = threading.Barrier(5)

        def double_click(_):
            all_ready.wait(timeout=30)
            return visitor.send("Kärsimätön Klikkaaja")[:2]

        with ThreadPoolExecutor(max_workers=5) as pool:
            results = list(pool.map(double_click, range(5)))

        assert results == [(302, THANKS)] * 5, site.log()[-3000:]
        assert site.count("contact.Enquiry") == 1
        site.manage("db_worker", "--batch")
        site.manage("send_pending_enquiries")
        [subject] = subjects(slow_smtp)
        assert "Kärsimätön Klikkaaja" in subject
    finally:
        site.stop()


def test_a_hung_mail_server_never_holds_the_visitor_and_mail_arrives_once_it_recovers(
    tmp_path,
):
    port = free_port()
    hung = SilentServer(port)
    hung.start()
    site = start_site(tmp_path, port)
    recovered = SMTPServer(port)
    try:
        status, location, seconds = Visitor(site, "198.51.100.77").send("Odottamaton Asiakas")

        assert (status, location) == (302, THANKS)
        assert seconds < 2, f"the visitor waited {seconds:.1f} s"
        assert site.count("contact.Enquiry") == 1
        # The worker meets the hung server: it gives up after EMAIL_TIMEOUT, marks it unsent.
        site.manage("db_worker", "--batch")
        assert enquiry_states(site) == {"Odottamaton Asiakas": (False, 1)}

        hung.stop()
        recovered.start()
        site.manage("send_pending_enquiries")
        site.manage("send_pending_enquiries")

        assert enquiry_states(site) == {"Odottamaton Asiakas": (True, 2)}
        assert len(recovered.messages) == 1
        assert "Odottamaton Asiakas" in recovered.messages[0][1]["Subject"]
    finally:
        recovered.stop()
        hung.stop()
        site.stop()
