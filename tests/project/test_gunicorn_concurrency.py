"""Under a real gunicorn with two workers, 50 enquiries sent at once are all stored."""

import http.client
import threading
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlencode

import pytest

from tests.support.live_gunicorn import LiveGunicorn, form_tokens

CLIENTS = 50


@pytest.fixture
def server(tmp_path):
    server = LiveGunicorn(
        tmp_path, workers=2, CONTACT_MIN_SECONDS="0", CONTACT_RATE_LIMIT="100000"
    ).start()
    yield server
    server.stop()


def send_enquiry(server, number, all_forms_loaded):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    connection.request("GET", "/ota-yhteytta/")
    response = connection.getresponse()
    html = response.read().decode()
    cookie = response.getheader("Set-Cookie").split(";")[0]
    tokens = form_tokens(html)
    body = urlencode(
        {
            **tokens,
            "name": f"Asiakas {number}",
            "email": f"asiakas{number}@example.com",
            "delivery": "either",
            "contact_method": "email",
            "message": f"Samanaikainen viesti numero {number}. Hyvää päivää!",
        }
    )
    all_forms_loaded.wait(timeout=60)  # then every client sends at the same moment
    connection.request(
        "POST",
        "/ota-yhteytta/",
        body=body,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookie},
    )
    response = connection.getresponse()
    response.read()
    connection.close()
    return response.status, response.getheader("Location")


def test_fifty_concurrent_enquiries_are_all_stored(server):
    all_forms_loaded = threading.Barrier(CLIENTS)

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        results = list(
            pool.map(lambda n: send_enquiry(server, n, all_forms_loaded), range(CLIENTS))
        )

    assert results == [(302, "/ota-yhteytta/kiitos/")] * CLIENTS, server.log()[-3000:]
    assert server.count("contact.Enquiry") == CLIENTS
    assert "database is locked" not in server.log()
    assert "Internal Server Error" not in server.log()
