"""A newcomer's `make run`: development settings work without any configuration."""

from tests import processes

SEND_A_TEST_ENQUIRY = """
from contact.models import Enquiry, Outcome
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
    processes.manage("migrate", "--noinput", "--verbosity", "0", env=env, check=True)

    result = processes.manage("shell", "-c", SEND_A_TEST_ENQUIRY, env=env, check=True)

    assert "outcome: sent" in result.stdout
    assert "To: henkilokunta@localhost" in result.stdout  # the console mail backend
    assert "Traceback" not in result.stdout + result.stderr
    assert '"level": "ERROR"' not in result.stdout + result.stderr
