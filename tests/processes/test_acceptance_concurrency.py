"""
Under a real gunicorn with two workers, eight acceptances of one agreement version sent at
the same moment record exactly one: one purchaser gets the thank-you page, every other one the
410 page, and the version keeps the first name and no other.
"""

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.support.live_gunicorn import LiveGunicorn

RACERS = 8
SET_UP = """
from processes import agreements
from tests.support.supervision import make_process, purchaser_token
process = make_process()
version = agreements.current_version(process)
print(purchaser_token(process), version.digest)
"""


@pytest.fixture
def server(tmp_path):
    server = LiveGunicorn(tmp_path, workers=2).start()
    yield server
    server.stop()


def accept(server, token, digest, name, ready):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    body = urlencode(
        {"name": name, "title": "johtaja", "confirm": "on", "version": "1", "digest": digest}
    )
    ready.wait(timeout=60)  # every acceptance leaves at the same moment
    connection.request(
        "POST",
        f"/tyonohjaussopimus/{token}/hyvaksy/",
        body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    response = connection.getresponse()
    html = response.read().decode()
    connection.close()
    return response.status, html


def test_racing_acceptances_of_one_version_record_one(server):
    token, digest = server.manage("shell", "-c", SET_UP).strip().splitlines()[-1].split()
    ready = threading.Barrier(RACERS)
    names = [f"Hyväksyjä {number}" for number in range(RACERS)]

    with ThreadPoolExecutor(RACERS) as pool:
        answers = list(pool.map(lambda name: accept(server, token, digest, name, ready), names))

    statuses = sorted(status for status, _html in answers)
    assert statuses == [302] + [410] * (RACERS - 1)
    for status, html in answers:
        if status == 410:
            assert "Sopimus on jo hyväksytty" in html
    rows = server.rows(
        "SELECT accepted_name FROM processes_agreementversion WHERE accepted_at IS NOT NULL"
    )
    assert len(rows) == 1
    assert rows[0][0] in names
    assert server.count("processes.agreementversion") == 1
