"""
The leader's results link by email: the address is used once and kept nowhere, not even in the
task queue's records when the mail server refuses it, and the results token is never stored in
clear while the email waits.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from aiosmtpd.controller import Controller
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django_tasks_db.models import DBTaskResult

from community_map.models import AnswerCode, TeamLinkEmail, TeamSurvey
from tests.support.smtp import free_port, send_email_to
from tests.support.team_maps import create

pytestmark = pytest.mark.django_db

LEADER = "vetaja@example.com"
RESULTS_URL = re.compile(r'id="tulososoite" type="text" readonly value="([^"]+)"')


def every_stored_value():
    """Every value in the rows a queued links email may leave behind, as one text."""
    rows = [
        *TeamLinkEmail.objects.all(),
        *TeamSurvey.objects.all(),
        *AnswerCode.objects.all(),
        *DBTaskResult.objects.all(),
    ]
    return " ".join(
        str(getattr(row, field.attname)) for row in rows for field in row._meta.concrete_fields
    )


@pytest.fixture
def queue(settings):
    """
    The real task queue in the database, as in production; `run` is one worker pass. The
    worker closes its database connections, so the tests that run it are transactional.
    """
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

    def run():
        call_command("db_worker", "--batch", "--no-startup-delay", stdout=io.StringIO())

    return run


class RefusingHandler:
    """A mail server that refuses the recipient, repeating the address as servers do."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"


@pytest.fixture
def refusing_mail_server(settings):
    port = free_port()
    controller = Controller(RefusingHandler(), hostname="127.0.0.1", port=port)
    controller.start()
    send_email_to(settings, port)
    yield
    controller.stop()


def test_the_leader_gets_a_working_results_link_and_the_address_is_not_kept(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        html = create(email=LEADER).content.decode()

    assert "Sähköpostiosoitettanne ei tallenneta" in html
    [message] = mail.outbox
    assert message.to == [LEADER]
    results_url = RESULTS_URL.search(html)[1]
    assert results_url in message.body
    assert f"{results_url}koodit/" in message.body
    assert not TeamLinkEmail.objects.exists()
    assert LEADER not in every_stored_value()


@pytest.mark.django_db(transaction=True)
def test_while_the_email_waits_neither_the_address_nor_the_token_is_queued_or_in_clear(queue):
    html = create(email=LEADER).content.decode()
    results_url = RESULTS_URL.search(html)[1]
    results_token = results_url.rstrip("/").rsplit("/", 1)[1]

    [task] = DBTaskResult.objects.all()
    assert task.args_kwargs == {"args": [TeamLinkEmail.objects.get().pk], "kwargs": {}}
    waiting = every_stored_value()
    assert results_token not in waiting
    assert LEADER not in f"{task.args_kwargs} {task.return_value} {task.traceback}"

    queue()

    [message] = mail.outbox
    assert results_url in message.body
    assert Client().get(urlsplit(results_url).path).status_code == 200
    assert not TeamLinkEmail.objects.exists()
    assert results_token not in every_stored_value()


@pytest.mark.django_db(transaction=True)
def test_a_refused_address_stays_out_of_the_queues_records_and_the_log(
    queue, refusing_mail_server, caplog
):
    assert create(email=LEADER).status_code == 200

    queue()

    [task] = DBTaskResult.objects.all()
    assert task.status == "FAILED"
    assert task.exception_class_path == "community_map.tasks.TeamLinksNotSent"
    assert "SMTPRecipientsRefused" in task.traceback
    assert "vetaja" not in every_stored_value()
    assert "vetaja" not in caplog.text
    assert not TeamLinkEmail.objects.exists()


def test_a_survey_made_in_swedish_sends_its_links_in_swedish(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = create(path="/sv/arbetsgemenskapskarta/team/", name="Avdelning 4", email=LEADER)

    assert response.status_code == 200
    assert TeamSurvey.objects.get().language == "sv"
    [message] = mail.outbox
    results_url = RESULTS_URL.search(response.content.decode())[1]
    assert "/sv/arbetsgemenskapskarta/team/resultat/" in results_url
    assert results_url in message.body
    assert f"{results_url}koder/" in message.body
    assert message.subject == "Er teamkarta ”Avdelning 4”: resultatadressen"
