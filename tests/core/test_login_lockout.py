"""Five failed admin logins lock that username out from that address for the cool-off only."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "oikea-salasana-123"
ATTACKER = "203.0.113.66"
STAFF_HOME = "198.51.100.20"


@pytest.fixture(autouse=True)
def staff_member():
    return User.objects.create_superuser("konsultti", "k@example.com", PASSWORD)


def log_in(password, address=ATTACKER, **headers):
    client = Client(REMOTE_ADDR=address, **headers)
    return client.post(
        "/hallinta/login/?next=/hallinta/",
        {"username": "konsultti", "password": password, "next": "/hallinta/"},
    )


def fail_five_times(address=ATTACKER):
    for attempt in range(5):
        response = log_in(f"vaara-{attempt}", address)
        assert response.status_code in (200, 429)


def test_five_failures_lock_out_even_the_right_password():
    fail_five_times()

    response = log_in(PASSWORD)

    assert response.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumista" in response.content.decode()


def test_a_forged_forwarded_for_header_does_not_lift_the_lockout():
    fail_five_times()

    response = log_in(PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.1")

    assert response.status_code == 429


def test_the_same_user_from_another_address_is_not_locked_out():
    fail_five_times()

    response = log_in(PASSWORD, address=STAFF_HOME)

    assert response.status_code == 302
    assert response["Location"] == "/hallinta/"


def test_lockout_ends_after_the_cool_off(settings):
    fail_five_times()
    assert log_in(PASSWORD).status_code == 429

    past = settings.AXES_COOLOFF_TIME + datetime.timedelta(minutes=1)
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= past
        attempt.save()

    assert log_in(PASSWORD).status_code == 302


def test_four_failures_do_not_lock_out():
    for attempt in range(4):
        log_in(f"vaara-{attempt}")

    assert log_in(PASSWORD).status_code == 302
