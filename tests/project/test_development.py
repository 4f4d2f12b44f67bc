"""A newcomer's `make run`: development settings work without any configuration."""

import subprocess
import sys

import pytest

from tests.support import processes
from tests.support.live_gunicorn import MIGRATED

SEND_A_TEST_ENQUIRY = """
from contact.models import Enquiry
from core.outbox import Outcome
enquiry = Enquiry.objects.create(name="Kokeilija", email="kokeilija@example.com", message="Hei!")
print("outcome:", Enquiry.objects.deliver_notification(enquiry.pk).value)
"""


def test_a_test_enquiry_in_development_reaches_staff_on_the_console(tmp_path):
    env = processes.environment(
        DJANGO_DEBUG="1",
        DJANGO_SETTINGS_MODULE="tyonohjaus.settings",
        DATABASE_URL=f"sqlite:///{tmp_path / 'dev.sqlite3'}",
        CACHE_URL=f"filecache://{tmp_path / 'cache'}",
    )
    env.pop("EMAIL_URL", None)
    env.pop("CONTACT_RECIPIENTS", None)
    MIGRATED.copy_to_sqlite(tmp_path / "dev.sqlite3")  # as `migrate` leaves it

    result = processes.manage("shell", "-c", SEND_A_TEST_ENQUIRY, env=env, check=True)

    assert "outcome: sent" in result.stdout
    assert "To: henkilokunta@localhost" in result.stdout  # the console mail backend
    assert "Traceback" not in result.stdout + result.stderr
    assert '"level": "ERROR"' not in result.stdout + result.stderr


LOG_A_WARNING = "import logging; logging.getLogger('django.request').warning('Not Found: /x')"


@pytest.mark.parametrize(("debug", "looks_like"), [("1", "WARNING django.request: "), ("0", '{"')])
def test_each_event_is_one_log_line_readable_in_development_json_in_production(debug, looks_like):
    env = processes.environment(
        DJANGO_DEBUG=debug,
        DJANGO_SECRET_KEY="log-test-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz",
        DJANGO_ALLOWED_HOSTS="localhost",
        DJANGO_SETTINGS_MODULE="tyonohjaus.settings",
    )

    result = processes.manage("shell", "-c", LOG_A_WARNING, env=env, check=True)

    lines = [line for line in (result.stdout + result.stderr).splitlines() if "/x" in line]
    assert len(lines) == 1, lines
    assert looks_like in lines[0]


PRINT_A_TEAM_LINK = "from community_map.team import site_url; print('link:', site_url('/x/'))"


def test_links_in_email_follow_the_port_make_run_serves_on():
    """`make run PORT=9110` puts SITE_URL, which links in email use, on that port unless set."""
    dry_run = subprocess.run(
        ["make", "-n", "run", "PORT=9110"], capture_output=True, text=True, check=True
    ).stdout
    exports = next(line for line in dry_run.splitlines() if line.startswith("export "))
    environment = exports.split(";", 1)[0]  # the variables the server and its workers get
    env = processes.environment(DJANGO_SETTINGS_MODULE="tyonohjaus.settings")
    env.pop("SITE_URL", None)

    result = subprocess.run(
        ["bash", "-c", f'{environment}; exec "$0" manage.py shell -c "$1"', sys.executable,
         PRINT_A_TEAM_LINK],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip

    assert "link: http://127.0.0.1:9110/x/" in result.stdout
