"""The "Laita viestiä" form: a valid enquiry is stored once and emailed to staff."""

import email
import email.policy

import pytest
from django.core import mail

from contact.models import Enquiry
from services.models import SupervisionForm
from tests.support.factories import contact_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    """POST to the contact form, running the after-commit email as a real request would."""

    def post(data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post("/ota-yhteytta/", data, **extra)

    return post


def parsed(message):
    """The message as a mail client reads it, headers decoded."""
    return email.message_from_bytes(message.message().as_bytes(), policy=email.policy.default)


def staff_notifications():
    return [m for m in mail.outbox if "henkilokunta@example.com" in m.to]


def test_form_page_asks_in_finnish(client):
    html = client.get("/ota-yhteytta/").content.decode()

    labels = ["Nimi", "Sähköposti", "Puhelin", "Organisaatio", "Työnohjauksen muoto",
              "Ryhmän koko", "Lähi- vai etätyönohjaus", "Viesti",
              "tietosuojaselosteessa", "oikeutettuun etuumme"]  # fmt: skip
    for label in labels:
        assert label in html
    assert 'href="/tietosuoja/"' in html
    assert "En tiedä vielä" in html


def test_topic_in_the_address_preselects_the_form(client):
    form = SupervisionForm.objects.get(slug="esihenkiloiden-tyonohjaus")

    html = client.get("/ota-yhteytta/?aihe=esihenkiloiden-tyonohjaus").content.decode()

    assert f'<option value="{form.pk}" selected>' in html


@pytest.mark.parametrize("topic", ["ei-ole-olemassa", "", "<script>", "a" * 500])
def test_unknown_topic_is_ignored(client, topic):
    response = client.get("/ota-yhteytta/", {"aihe": topic})

    assert response.status_code == 200
    topic_select = response.content.decode().split('name="topic"')[1].split("</select>")[0]
    assert '<option value="" selected>En tiedä vielä</option>' in topic_select
    assert topic_select.count("selected") == 1


def test_valid_enquiry_is_stored_once_and_emailed_to_staff_once(post):
    response = post(contact_data())

    assert response.status_code == 302
    assert response["Location"] == "/ota-yhteytta/kiitos/"
    enquiry = Enquiry.objects.get()
    assert enquiry.name == "Maija Meikäläinen"
    assert enquiry.topic_name == "Ryhmätyönohjaus"
    assert enquiry.group_size == 8
    assert enquiry.notified_at is not None
    [notification] = staff_notifications()
    assert notification.to == ["henkilokunta@example.com", "ohjaaja@example.com"]
    assert notification.from_email == "Työnohjaus <sivusto@example.com>"
    headers = parsed(notification)
    assert headers["Reply-To"] == "Maija Meikäläinen <maija@example.com>"
    assert headers["From"] == "Työnohjaus <sivusto@example.com>"
    assert notification.subject == "Uusi yhteydenotto: Ryhmätyönohjaus – Maija Meikäläinen"
    assert "Tiimimme kaipaa tukea muutoksessa." in notification.body
    html, mimetype = notification.alternatives[0]
    assert mimetype == "text/html"
    assert "Tiimimme kaipaa tukea muutoksessa." in html
    assert f"/hallinta/contact/enquiry/{enquiry.pk}/change/" in notification.body


def test_the_same_form_sent_again_shows_thanks_and_stores_nothing_more(post):
    data = contact_data()
    first = post(data)
    again = post(data)

    assert (first.status_code, again.status_code) == (302, 302)
    assert again["Location"] == first["Location"] == "/ota-yhteytta/kiitos/"
    assert Enquiry.objects.count() == 1
    assert len(staff_notifications()) == 1


def test_html_in_an_enquiry_is_escaped_in_the_staff_email(post):
    post(contact_data(message="<script>alert(1)</script> <b>lihava</b>"))

    html, _ = staff_notifications()[0].alternatives[0]

    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_sender_gets_a_confirmation_that_repeats_nothing_they_typed(post):
    post(contact_data(name="Roska Lähettäjä", message="Osta halpoja kelloja osoitteesta x"))

    [confirmation] = [m for m in mail.outbox if m.to == ["maija@example.com"]]
    assert "Kiitos viestistänne" in confirmation.subject
    for typed in ("Roska", "Lähettäjä", "kelloja", "Esimerkkikunta"):
        assert typed not in confirmation.subject
        assert typed not in confirmation.body
        assert typed not in confirmation.alternatives[0][0]


def test_confirmation_can_be_turned_off(post, settings):
    settings.CONTACT_SEND_CONFIRMATION = False

    post(contact_data())

    assert len(mail.outbox) == 1


def test_thank_you_page_says_when_to_expect_an_answer(client):
    response = client.get("/ota-yhteytta/kiitos/")

    assert response.status_code == 200
    assert "kahden arkipäivän" in response.content.decode()
    assert 'name="robots" content="noindex"' in response.content.decode()


def test_enquiry_without_a_topic_is_about_not_knowing_yet(post):
    post(contact_data(topic=""))

    enquiry = Enquiry.objects.get()
    assert enquiry.topic is None
    assert "En tiedä vielä" in staff_notifications()[0].subject


def test_invalid_enquiry_shows_finnish_errors_and_stores_nothing(post):
    response = post(contact_data(name="", email="ei-sahkoposti"))

    assert response.status_code == 400
    html = response.content.decode()
    assert "Tarkistakaa lomake" in html
    assert "Tämä kenttä vaaditaan." in html or "Kirjoittakaa nimenne." in html
    assert "Tarkistakaa sähköpostiosoite." in html
    assert "Tiimimme kaipaa tukea muutoksessa." in html  # what was typed is kept
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_errors_are_linked_to_their_fields_for_screen_readers(post):
    html = post(contact_data(email="")).content.decode()

    assert 'href="#id_email"' in html
    assert 'role="alert"' in html
    email_input = html.split('name="email"')[1].split(">")[0]
    assert 'aria-invalid="true"' in email_input
    assert "id_email_error" in email_input


def test_phone_is_required_when_a_call_is_preferred(post):
    response = post(contact_data(contact_method="phone", phone=""))

    assert response.status_code == 400
    assert "Antakaa puhelinnumero" in response.content.decode()
    assert Enquiry.objects.count() == 0


@pytest.mark.parametrize("phone", ["abc", "12", "040 123 4567; DROP TABLE"])
def test_a_malformed_phone_number_is_refused(post, phone):
    response = post(contact_data(phone=phone))

    assert response.status_code == 400
    assert "Kirjoittakaa puhelinnumero numeroina" in response.content.decode()


@pytest.mark.parametrize("size", ["0", "-3", "501", "kymmenen"])
def test_a_group_size_out_of_range_is_refused(post, size):
    assert post(contact_data(group_size=size)).status_code == 400
    assert Enquiry.objects.count() == 0


def test_a_topic_that_is_not_published_is_refused(post):
    form = SupervisionForm.objects.get(slug="tilannetyonohjaus")
    form.published = False
    form.save()

    response = post(contact_data(topic=str(form.pk)))

    assert response.status_code == 400
    assert Enquiry.objects.count() == 0


def test_newlines_in_the_name_cannot_add_email_headers(post):
    response = post(contact_data(name="Maija\r\nBcc: kaikki@example.com\nSubject: osta"))

    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    assert enquiry.name == "Maija Bcc: kaikki@example.com Subject: osta"
    [notification] = staff_notifications()
    message = notification.message()
    assert message["Bcc"] is None
    assert "\n" not in notification.subject
    assert message.get_all("Subject") == [message["Subject"]]
    assert sorted(notification.recipients()) == ["henkilokunta@example.com", "ohjaaja@example.com"]


def test_newline_in_the_email_field_is_refused(post):
    response = post(contact_data(email="maija@example.com\nBcc: kaikki@example.com"))

    assert response.status_code == 400
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


@pytest.mark.parametrize("address", ['"a\x01b"@example.com', '"a\x7fb"@example.com',
                                     "a@exa\u200bmple.com"])  # fmt: skip
def test_control_characters_in_the_email_address_are_refused_in_finnish(post, address):
    response = post(contact_data(email=address))

    assert response.status_code == 400
    assert "Poistakaa sähköpostiosoitteesta näkymättömät ohjausmerkit." in response.content.decode()
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_control_characters_are_refused_with_a_finnish_error(post):
    response = post(contact_data(message="Hei\x00\x07 maailma"))

    assert response.status_code == 400
    assert Enquiry.objects.count() == 0


def test_an_oversized_post_is_refused_and_nothing_is_stored(client):
    response = client.post("/ota-yhteytta/", contact_data(message="x" * 300_000))

    assert response.status_code == 400
    assert "Virheellinen pyyntö" in response.content.decode()
    assert Enquiry.objects.count() == 0


def test_a_message_over_the_limit_gets_a_finnish_error(post):
    response = post(contact_data(message="sana " * 1500))

    assert response.status_code == 400
    assert "merkkiä" in response.content.decode()
    assert Enquiry.objects.count() == 0


def test_a_post_without_a_csrf_token_is_refused_in_finnish(settings):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)

    response = client.post("/ota-yhteytta/", contact_data())

    assert response.status_code == 403
    assert "turvatarkistus" in response.content.decode()
    assert Enquiry.objects.count() == 0


def test_the_form_page_is_never_cached(client):
    response = client.get("/ota-yhteytta/")

    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_privacy_statement_states_how_long_enquiries_are_kept(client):
    html = client.get("/tietosuoja/").content.decode()

    assert "730" in html or "kahden vuoden" in html


def test_a_swedish_enquiry_is_answered_in_swedish_and_staff_read_it_in_finnish(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/sv/kontakt/", contact_data(email="asa@example.com"))

    assert response.status_code == 302
    assert response["Location"] == "/sv/kontakt/tack/"
    enquiry = Enquiry.objects.get()
    assert enquiry.language == "sv"
    [confirmation] = [m for m in mail.outbox if m.to == ["asa@example.com"]]
    [notification] = staff_notifications()
    assert confirmation.subject.startswith("Tack för ert meddelande – ")
    assert notification.subject.startswith("Uusi yhteydenotto: Ryhmätyönohjaus – ")
    assert enquiry.topic_name == "Ryhmätyönohjaus"  # as staff read and group it
    assert "Kieli: ruotsi" in notification.body  # the language to answer in
