"""
Staff send the agreement's link after a confirmation that names the purchaser; the email speaks
the process's language and its link opens the agreement; a failure is kept for a retry; the
nightly purge deletes processes past their retention, with everything that belongs to them.
"""

import re
import smtplib
from datetime import date, timedelta

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from core import roles
from processes.models import Agreement, AgreementVersion, Goal, Process
from tests.support.supervision import make_process, purchaser_token, staff_with_role

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


def handler_client():
    client = Client()
    client.force_login(staff_with_role(roles.PROCESS_HANDLERS))
    return client


def send_action(process, confirmed=False):
    data = {"action": "send_agreement_links", "_selected_action": [process.pk]}
    if confirmed:
        data["sending_confirmed"] = "1"
    return data


def link_in(message):
    return re.search(r"https?://\S+", message.body).group(0)


def test_sending_the_link_asks_first_then_emails_the_purchaser_in_the_process_language():
    process = make_process(language="sv", purchaser_email="asa@example.com")
    client = handler_client()
    changelist = reverse("admin:processes_process_changelist")

    asked = client.post(changelist, send_action(process))
    assert asked.status_code == 200
    assert "asa@example.com" in asked.content.decode()
    assert "Lähetetäänkö sopimuksen linkki tilaajalle?" in asked.content.decode()
    assert mail.outbox == []

    done = client.post(changelist, send_action(process, confirmed=True))

    assert done.status_code == 302
    [message] = mail.outbox
    [recipient] = message.to
    assert recipient.endswith("<asa@example.com>")
    assert message.subject.startswith("Handledningsavtal att godkänna")
    assert "Öppna avtalet med den här länken" in message.body
    link = link_in(message)
    assert "/sv/handledningsavtal/" in link
    page = Client().get("/" + link.split("://", 1)[1].split("/", 1)[1])
    assert page.status_code == 200
    assert "Handledningsavtal" in page.content.decode()
    agreement = Agreement.objects.get(process=process)
    assert agreement.sent_to == "asa@example.com"
    assert agreement.sent_at is not None
    assert AgreementVersion.objects.filter(agreement=agreement).count() == 1


def test_a_finnish_process_sends_a_finnish_email_and_sending_again_sends_once_more():
    process = make_process()
    client = handler_client()
    changelist = reverse("admin:processes_process_changelist")

    client.post(changelist, send_action(process, confirmed=True))
    client.post(changelist, send_action(process, confirmed=True))

    assert len(mail.outbox) == 2
    first, second = mail.outbox
    assert first.subject.startswith("Hyväksyttävä työnohjaussopimus")
    assert "Avatkaa sopimus tästä linkistä" in first.body
    assert link_in(first) == link_in(second)
    assert "/tyonohjaussopimus/" in link_in(first)


def test_a_process_without_terms_is_not_sent_and_staff_are_told_why():
    process = make_process()
    Process.objects.filter(pk=process.pk).update(terms=None)
    client = handler_client()

    answer = client.post(
        reverse("admin:processes_process_changelist"), send_action(process, confirmed=True),
        follow=True,
    )  # fmt: skip

    assert "Valitse sopimusehdot." in answer.content.decode()
    assert mail.outbox == []


def test_a_failed_sending_is_kept_and_the_retry_command_sends_it(monkeypatch):
    process = make_process()
    client = handler_client()

    def refuse(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("palvelin katkaisi")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
        client.post(
            reverse("admin:processes_process_changelist"), send_action(process, confirmed=True)
        )
    agreement = Agreement.objects.get(process=process)
    assert agreement.sent_at is None
    assert "SMTPServerDisconnected" in agreement.email_error
    change = client.get(reverse("admin:processes_process_change", args=[process.pk]))
    assert "Viimeisin lähetys epäonnistui." in change.content.decode()

    call_command("send_agreement_links", stdout=None)

    [message] = mail.outbox
    assert "/tyonohjaussopimus/" in link_in(message)
    agreement.refresh_from_db()
    assert agreement.sent_at is not None
    assert agreement.email_error == ""


def test_purge_deletes_processes_past_their_retention_with_goals_agreement_and_acceptance(
    client,
):
    today = timezone.localdate()
    expired = make_process(
        organisation="Vanha asiakas",
        starts_on=date(2020, 1, 1),
        planned_end_on=date(2021, 1, 1),
        ended_on=today - timedelta(days=2 * 366 + 1),
    )
    kept_by_years = make_process(
        organisation="Pitkä säilytys",
        starts_on=date(2020, 1, 1),
        planned_end_on=date(2021, 1, 1),
        ended_on=today - timedelta(days=2 * 366 + 1),
        retention_years=5,
    )
    running = make_process(organisation="Käynnissä")
    token = purchaser_token(expired)
    page = client.get(reverse("processes:agreement", args=[token])).content.decode()
    digest = re.search(r'name="digest" value="([0-9a-f]{64})"', page).group(1)
    client.post(
        reverse("processes:accept", args=[token]),
        {"name": "Paula", "title": "johtaja", "confirm": "on", "version": "1", "digest": digest},
    )
    assert AgreementVersion.objects.filter(accepted_at__isnull=False).count() == 1
    LogEntry.objects.create(
        user=staff_with_role(roles.PROCESS_HANDLERS),
        content_type=ContentType.objects.get_for_model(Process),
        object_id=str(expired.pk),
        object_repr=str(expired),
        action_flag=ADDITION,
    )

    call_command("purge_processes", stdout=None)

    assert set(Process.objects.values_list("organisation", flat=True)) == {
        "Pitkä säilytys",
        "Käynnissä",
    }
    assert not Goal.objects.filter(process_id=expired.pk).exists()
    assert not Agreement.objects.filter(process_id=expired.pk).exists()
    assert not AgreementVersion.objects.exists()
    assert not LogEntry.objects.filter(object_repr="Vanha asiakas: Lastensuojelun tiimi").exists()
    assert client.get(reverse("processes:agreement", args=[token])).status_code == 404
    assert kept_by_years.purge_after > today
    assert running.purge_after == date(2029, 12, 15)


def test_the_last_day_of_retention_is_counted_from_the_end_or_the_planned_end():
    process = Process(planned_end_on=date(2027, 12, 15), retention_years=2)
    leap = Process(planned_end_on=date(2028, 2, 29), ended_on=date(2028, 2, 29), retention_years=1)

    assert process.purge_after == date(2029, 12, 15)
    process.ended_on = date(2027, 6, 30)
    assert process.purge_after == date(2029, 6, 30)
    assert leap.purge_after == date(2029, 3, 1)


def test_the_privacy_statement_tells_of_processes_in_three_languages(client):
    finnish = client.get("/tietosuoja/").content.decode()
    swedish = client.get("/sv/dataskydd/").content.decode()
    english = client.get("/en/privacy/").content.decode()

    assert "Työnohjausprosessit ja työnohjaussopimus" in finnish
    assert "hyväksyntä säilytetään yhtä kauan kuin sopimus" in finnish
    assert "Handledningsprocesser och handledningsavtal" in swedish
    assert "Supervision processes and the supervision agreement" in english
