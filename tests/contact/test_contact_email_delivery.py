"""Enquiries travel over real SMTP, and survive the mail server being down."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from contact.models import Enquiry
from core.outbox import Outcome
from tests.support.factories import contact_data

pytestmark = pytest.mark.django_db

FINNISH_NAME = "Åsa Öhman-Äijälä"
FINNISH_MESSAGE = "Hyvää päivää! Työyhteisömme säätiö haluaisi työnohjausta. Kiitos, Åsa."


@pytest.fixture
def smtp_server(smtp_server, settings):
    settings.CONTACT_SEND_CONFIRMATION = False
    return smtp_server


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def post(data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/ota-yhteytta/", data)

    return post


def test_staff_receive_the_enquiry_with_correct_headers_and_finnish_text(smtp_server, post):
    smtp_server.start()

    response = post(contact_data(name=FINNISH_NAME, message=FINNISH_MESSAGE))

    assert response.status_code == 302
    [(recipients, message)] = smtp_server.messages
    assert recipients == ["henkilokunta@example.com", "ohjaaja@example.com"]
    assert message["From"] == "Työnohjaus <sivusto@example.com>"
    assert message["To"] == "henkilokunta@example.com, ohjaaja@example.com"
    assert message["Reply-To"] == f"{FINNISH_NAME} <maija@example.com>"
    # Leading folding whitespace is not part of the subject a mail client shows.
    assert message["Subject"].strip() == f"Uusi yhteydenotto: Ryhmätyönohjaus – {FINNISH_NAME}"
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert FINNISH_MESSAGE in text
    assert FINNISH_MESSAGE in html
    assert message.get_body(("plain",)).get_content_charset() == "utf-8"
    assert Enquiry.objects.get().notified_at is not None


def test_enquiry_survives_the_mail_server_being_down_and_is_sent_later_once(smtp_server, post):
    response = post(contact_data(name=FINNISH_NAME, message=FINNISH_MESSAGE))

    assert response.status_code == 302
    assert response["Location"] == "/ota-yhteytta/kiitos/"
    enquiry = Enquiry.objects.get()
    assert enquiry.notified_at is None
    assert "Connection refused" in enquiry.notify_error or "Errno" in enquiry.notify_error
    assert enquiry.notify_attempts == 1

    smtp_server.start()
    call_command("send_pending_enquiries")
    call_command("send_pending_enquiries")

    assert len(smtp_server.messages) == 1
    assert FINNISH_MESSAGE in smtp_server.messages[0][1].get_body(("plain",)).get_content()
    enquiry.refresh_from_db()
    assert enquiry.notified_at is not None
    assert enquiry.notify_error == ""


def test_an_address_with_an_internationalised_domain_gets_both_emails(smtp_server, post, settings):
    settings.CONTACT_SEND_CONFIRMATION = True
    smtp_server.start()

    response = post(contact_data(name=FINNISH_NAME, email="test@bücher.example"))

    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert enquiry.email == "test@bücher.example"
    assert enquiry.notified_at is not None, enquiry.notify_error
    notification, confirmation = (message for _to, message in smtp_server.messages)
    assert notification["Reply-To"] == f"{FINNISH_NAME} <test@xn--bcher-kva.example>"
    assert smtp_server.messages[1][0] == ["test@xn--bcher-kva.example"]
    assert confirmation["To"] == "test@xn--bcher-kva.example"
    call_command("send_pending_enquiries")  # nothing left to send, so no failure exit


def test_a_claimed_notification_is_not_sent_again_until_its_claim_lapses(smtp_server, settings):
    smtp_server.start()
    enquiry = Enquiry.objects.create(
        name="Matti", email="matti@example.com", message="Hei", notified_at=None
    )
    assert Enquiry.objects.claim_notification(enquiry.pk)  # another sender holds it now

    assert Enquiry.objects.deliver_notification(enquiry.pk) == Outcome.SKIPPED
    assert smtp_server.messages == []

    Enquiry.objects.filter(pk=enquiry.pk).update(
        notify_claimed_until=timezone.now() - datetime.timedelta(seconds=1)
    )  # that sender died: its claim lapses
    assert Enquiry.objects.deliver_notification(enquiry.pk) == Outcome.SENT
    assert Enquiry.objects.deliver_notification(enquiry.pk) == Outcome.SKIPPED
    assert len(smtp_server.messages) == 1
    enquiry.refresh_from_db()
    assert (enquiry.notify_attempts, enquiry.notify_claimed_until) == (2, None)
