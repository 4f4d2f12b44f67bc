"""Spam is kept out without a CAPTCHA: honeypot, time trap and a rate limit per address."""

import re

import pytest
from django.core import mail

from contact.models import Enquiry
from tests.support.factories import contact_data, make_form_token

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def post(data, address="203.0.113.10", **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/ota-yhteytta/", data, REMOTE_ADDR=address, **extra)

    return post


def test_honeypot_submission_is_neither_stored_nor_emailed(post):
    response = post(contact_data(website="https://halpoja-kelloja.example"))

    assert response.status_code == 400
    assert "Viestiä ei voitu lähettää" in response.content.decode()
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_honeypot_is_hidden_from_people(client):
    html = client.get("/ota-yhteytta/").content.decode()

    honeypot = re.search(r'<input[^>]*name="website"[^>]*>', html).group()
    assert 'tabindex="-1"' in honeypot
    assert 'autocomplete="off"' in honeypot
    css = client.get("/static/css/site.css")
    assert ".contact-extra {\n  display: none;" in b"".join(css.streaming_content).decode()


def test_submission_faster_than_a_person_is_refused_and_not_stored(post):
    response = post(contact_data(started=make_form_token(age_seconds=0.5)))

    assert response.status_code == 400
    assert "nopeammin kuin ihminen" in response.content.decode()
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_form_older_than_a_day_is_refused_but_keeps_the_text(post):
    response = post(contact_data(started=make_form_token(age_seconds=25 * 60 * 60)))

    assert response.status_code == 400
    html = response.content.decode()
    assert "vanheni" in html
    assert "Tiimimme kaipaa tukea muutoksessa." in html
    assert Enquiry.objects.count() == 0


def test_expired_form_can_be_sent_again_with_the_new_token_after_a_moment(post, settings):
    response = post(contact_data(started=make_form_token(age_seconds=25 * 60 * 60)))
    new_token = response.content.decode().split('name="started" value="')[1].split('"')[0]
    settings.CONTACT_MIN_SECONDS = 0

    assert post(contact_data(started=new_token)).status_code == 302
    assert Enquiry.objects.count() == 1


@pytest.mark.parametrize("token", ["", "roskaa", make_form_token.__name__, "1.0:abc:def"])
def test_missing_or_forged_timestamp_is_refused(post, token):
    response = post(contact_data(started=token))

    assert response.status_code == 400
    assert Enquiry.objects.count() == 0


def test_rate_limit_answers_429_after_the_limit_and_serves_other_addresses(post, settings):
    settings.CONTACT_RATE_LIMIT = 3
    for _ in range(3):
        assert post(contact_data()).status_code == 302

    refused = post(contact_data(message="Neljäs viesti"))

    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Liian monta viestiä" in html
    assert "Neljäs viesti" in html
    assert Enquiry.objects.count() == 3
    assert post(contact_data(), address="198.51.100.7").status_code == 302
    assert Enquiry.objects.count() == 4


def test_a_forged_forwarded_for_header_does_not_escape_the_rate_limit(post, settings):
    settings.CONTACT_RATE_LIMIT = 1
    assert post(contact_data()).status_code == 302

    response = post(contact_data(), HTTP_X_FORWARDED_FOR="192.0.2.99")

    assert response.status_code == 429


def test_spam_traps_count_towards_the_rate_limit(post, settings):
    settings.CONTACT_RATE_LIMIT = 2
    post(contact_data(website="x"))
    post(contact_data(website="x"))

    assert post(contact_data()).status_code == 429


def test_rejected_submissions_are_never_emailed(post, settings):
    settings.CONTACT_RATE_LIMIT = 1
    post(contact_data(website="spam"))
    post(contact_data(started=make_form_token(age_seconds=0)))
    post(contact_data())

    assert mail.outbox == []
    assert Enquiry.objects.count() == 0
