"""
No personal data in the task queue's table: tasks take ids only, and when the mail server
refuses an enquirer's or a client's address, no column of any task's record names it; a
failure that does name an address is stored with it masked.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings
from django_tasks_db.models import DBTaskResult

from contact.tasks import queue_emails
from tests.support.bookings import book_soonest, make_calendar, make_supervisor
from tests.support.factories import make_enquiry
from tests.support.smtp import SMTPServer, free_port, send_email_to
from tests.support.tasks import REFUSED_ADDRESS, refused_by_the_mail_server

pytestmark = pytest.mark.django_db(transaction=True)

ENQUIRER = "enni.kyselija@example.com"
CLIENT = "asa@example.com"


@pytest.fixture
def refusing_smtp(settings):
    server = SMTPServer(free_port(), refuse=[ENQUIRER, CLIENT, REFUSED_ADDRESS])
    send_email_to(settings, server.port)
    settings.CONTACT_SEND_CONFIRMATION = True
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def database_queue():
    backend = {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "images"]}
    with override_settings(TASKS={"default": backend}):
        yield


def run_the_worker():
    call_command(
        "run_worker", "--batch", "--no-startup-delay", "--queue-name", "default", verbosity=0
    )


def every_column_of_every_task():
    return [repr(row) for row in DBTaskResult.objects.values()]


def test_refused_addresses_of_enquiries_and_bookings_stay_out_of_the_task_table(
    client, refusing_smtp
):
    enquiry = make_enquiry(name="Enni Kyselijä", email=ENQUIRER, notified_at=None)
    queue_emails(enquiry)
    booking = book_soonest(client, make_calendar(make_supervisor(email="anna@example.com")))

    run_the_worker()

    # Staff got theirs; the enquirer's and the client's addresses were refused.
    recipients = sorted(rcpt for rcpts, _message in refusing_smtp.messages for rcpt in rcpts)
    assert ENQUIRER not in recipients
    assert CLIENT not in recipients
    assert "anna@example.com" in recipients
    tasks = list(DBTaskResult.objects.order_by("enqueued_at"))
    assert [task.args_kwargs for task in tasks] == [
        {"args": [enquiry.pk], "kwargs": {}},
        {"args": [enquiry.pk], "kwargs": {}},
        {"args": [booking.pk], "kwargs": {}},
    ]
    assert {task.status for task in tasks} == {"SUCCESSFUL"}
    for row in every_column_of_every_task():
        for private in (ENQUIRER, CLIENT, "enni.kyselija", "Enni", "Åsa", "asa@"):
            assert private not in row


def test_a_failure_that_names_an_address_is_stored_with_it_masked(refusing_smtp):
    refused_by_the_mail_server.enqueue(7)

    run_the_worker()

    task = DBTaskResult.objects.get()
    assert task.status == "FAILED"
    assert task.exception_class_path == "smtplib.SMTPRecipientsRefused"
    assert "SMTPRecipientsRefused" in task.traceback
    assert "m***@example.com" in task.traceback
    for row in every_column_of_every_task():
        assert REFUSED_ADDRESS not in row
        assert "matti.meikalainen" not in row
