"""
One voice on the public site: every visible text addresses the reader with the formal plural
"te", never with the singular "sinä". Every public page is read whole (title, meta
description, menus, headings, running text, buttons, labels, help texts, error messages), with
the example content loaded as `make run` shows it, and so is every email the site sends to a
client and the client's calendar invite.

"Laita viestiä", the consultancy's own name for its contact button, stays as that name. The
only pages that address their reader with "sinä" are a team member's pages while answering the
team map (community_map.team_member_views.MEMBER_TEMPLATES); none of them is read here.
"""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.shortcuts import render
from django.test import Client, RequestFactory
from django.utils import timezone
from django.views import defaults
from icalendar import Calendar as ICalendar

from booking.models import Booking
from core import views as core_views
from tests.support.bookings import booking_data, booking_pages, free_values, send, started
from tests.support.factories import contact_data
from tests.support.finnish_voice import singular_forms_in_html, singular_forms_in_text
from tests.support.map_answers import all_statements, submit
from tests.support.pages import ALL_PUBLIC_PAGES
from tests.support.team_maps import create, dimension_answers, new_survey

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]

LEADER = "vetaja@example.com"


@pytest.fixture
def example_content():
    """The example supervisors, prices, quote and booking calendars of `make run`."""
    call_command("load_example_content", verbosity=0)
    cache.clear()


def singular_on_pages(responses):
    """Each page's segments that use the singular, by the page's name."""
    found = {}
    for name, response in responses.items():
        if hits := singular_forms_in_html(response.content.decode()):
            found[name] = hits
    return found


def test_every_public_page_addresses_the_reader_with_te(client, example_content):
    pages = {url: client.get(url) for url in ALL_PUBLIC_PAGES}
    for slug in ("aino-esimerkki", "eero-esimerkki"):
        pages[f"profile {slug}"] = client.get(f"/tyonohjaajat/{slug}/")
    pages["404"] = client.get("/ei-tallaista-sivua/")

    assert singular_on_pages(pages) == {}


def test_the_error_pages_address_the_reader_with_te():
    request = RequestFactory().get("/lomake/")
    pages = {
        "400": defaults.bad_request(request, Exception()),
        "403": defaults.permission_denied(request, Exception()),
        "403 csrf": core_views.csrf_failure(request),
        "500": defaults.server_error(request),
        "413": render(request, "413.html", status=413),
    }

    assert singular_on_pages(pages) == {}


def test_the_booking_pages_and_their_errors_address_the_client_with_te(client, example_content):
    pages = {f"booking {path}": client.get(path) for path in booking_pages()}
    value = free_values(client)[0]
    pages["form errors"] = send(client, value, email="ei-osoite", organisation="", name="")
    pages["unknown time"] = client.get("/ajanvaraus/varaa/?aika=99991231T0900Z")
    pages["no matching times"] = client.get("/ajanvaraus/?ala=muu&muoto=ei-ole")
    aino = "?ohjaaja=aino-esimerkki"
    value = free_values(client, aino)[0]
    response = send(client, value, aino)
    link = response["Location"].split("?")[0]
    pages["taken"] = send(client, value, aino, email="toinen@example.com")
    pages["confirmed"] = client.get(response["Location"])
    pages["move without a time"] = client.post(link + "siirra/", {})
    pages["cancel question"] = client.get(link + "peru/")
    pages["cancelled"] = client.post(link + "peru/", {"vahvista": "1"})
    pages["cancelled link"] = client.get(link)
    pages["altered link"] = client.get(link[:-4] + "abc/")

    assert pages["form errors"].status_code == 400
    assert pages["taken"].status_code == 409
    assert pages["cancelled link"].status_code == 410
    assert pages["altered link"].status_code == 404
    assert singular_on_pages(pages) == {}


def test_a_late_change_and_a_past_booking_are_explained_with_te(client, example_content):
    value = free_values(client)[0]
    link = send(client, value, phone="040 123 4567")["Location"].split("?")[0]
    booking = Booking.objects.get()
    soon = timezone.now() + timedelta(hours=2)
    Booking.objects.filter(pk=booking.pk).update(start=soon, end=soon + timedelta(minutes=30))
    pages = {"too late": client.post(link + "peru/"), "manage, too late": client.get(link)}
    past = timezone.now() - timedelta(days=1)
    Booking.objects.filter(pk=booking.pk).update(start=past, end=past + timedelta(minutes=30))
    pages["past"] = client.get(link)

    assert pages["too late"].status_code == 403
    assert singular_on_pages(pages) == {}


def test_the_contact_form_its_errors_and_thanks_address_the_sender_with_te(
    client, example_content, settings
):
    code = submit(client, {f"s{s.pk}": "2" for s in all_statements()})["Location"].split("=")[1]
    pages = {
        "with a map": client.get(f"/ota-yhteytta/?kartta={code}"),
        "with a supervisor": client.get("/ota-yhteytta/?ohjaaja=aino-esimerkki"),
        "errors": client.post(
            "/ota-yhteytta/",
            contact_data(
                name="",
                email="ei-osoite",
                message="",
                contact_method="phone",
                organisation="o" * 300,
            ),
        ),
        "altered map": client.post("/ota-yhteytta/", contact_data(kartta="1-9.9")),
        "too fast": client.post("/ota-yhteytta/", contact_data(started=_fresh_token())),
    }
    sent = client.post("/ota-yhteytta/", contact_data())
    pages["thanks"] = client.get(sent["Location"])
    settings.CONTACT_RATE_LIMIT = 1
    pages["too many"] = client.post("/ota-yhteytta/", contact_data(message="Toinen viesti."))

    assert pages["errors"].status_code == 400
    assert "Tarkistakaa sähköpostiosoite." in pages["errors"].content.decode()
    assert "Teksti on liian pitkä: enintään" in pages["errors"].content.decode()
    assert pages["too many"].status_code == 429
    assert singular_on_pages(pages) == {}


def _fresh_token():
    from contact.forms import TOKEN_SALT
    from core import spam

    return spam.issue_form_token(salt=TOKEN_SALT)


def test_the_work_community_map_addresses_the_reader_with_te(client):
    strong = {f"s{s.pk}": "1" if s.reverse_scored else "5" for s in all_statements()}
    crisis = {f"s{s.pk}": "5" if s.crisis else "2" for s in all_statements()}
    few = {f"s{s.pk}": "3" for s in all_statements()[:2]}
    pages = {
        "questionnaire": client.get("/tyoyhteisokartta/"),
        "a wrong answer": client.get("/tyoyhteisokartta/vastaukset/", {"s1": "9"}),
        "no answers": client.get("/tyoyhteisokartta/vastaukset/"),
        "altered address": client.get("/tyoyhteisokartta/kartta/?v=zz"),
    }
    for name, answers in {"strong": strong, "crisis": crisis, "few": few}.items():
        result = submit(client, answers)["Location"]
        pages[f"result, {name}"] = client.get(result)
        pages[f"chart, {name}"] = client.get(result.replace("/kartta/", "/kartta/kaavio/"))
        pages[f"questionnaire again, {name}"] = client.get(result.replace("/kartta/", "/"))

    assert singular_on_pages(pages) == {}


def test_the_team_leader_s_pages_address_the_leader_with_te(client, example_content):
    pages = {
        "create": client.get("/tyoyhteisokartta/tiimi/"),
        "create with errors": create(member_count="3", threshold="1", ends_on="", email="x"),
        "created": create(email=LEADER),
    }
    survey = new_survey(threshold="5", member_count="8", reveal="steps")
    pages["results, waiting"] = client.get(survey.results_path)
    pages["codes"] = client.get(survey.results_path + "koodit/")
    pages["handout, waiting"] = client.get(survey.results_path + "tuloste/")
    for step in range(6):
        survey.answer(dimension_answers([(step + value) % 5 + 1 for value in range(6)]))
    pages["results, in steps"] = client.get(survey.results_path)
    pages["handout"] = client.get(survey.results_path + "tuloste/")
    pages["book with the team map"] = client.get(
        client.get(survey.results_path + "varaa/")["Location"]
    )
    pages["send the team map"] = client.get(client.get(survey.results_path + "laheta/")["Location"])
    pages["delete"] = client.get(survey.results_path + "poista/")
    client.post(survey.results_path + "sulje/")
    pages["results, closed"] = client.get(survey.results_path)
    pages["codes, closed"] = client.get(survey.results_path + "koodit/")
    pages["deleted"] = client.get(client.post(survey.results_path + "poista/")["Location"])
    pages["not found"] = client.get(survey.results_path)

    assert pages["not found"].status_code == 404
    assert singular_on_pages(pages) == {}


def client_emails():
    """The emails sent so far to anyone but staff, as (subject, body, html, invites)."""
    staff = {"henkilokunta@example.com", "ohjaaja@example.com"}
    staff |= {"aino@example.com", "eero@example.com", "aino@example.fi", "eero@example.fi"}
    messages = []
    for message in mail.outbox:
        if set(message.to) & staff:
            continue
        html = [content for content, _type in getattr(message, "alternatives", [])]
        invites = [
            ICalendar.from_ical(part.get_payload(decode=True))
            for part in message.attachments
            if hasattr(part, "get_content_type") and part.get_content_type() == "text/calendar"
        ]
        messages.append((message.subject, message.body, html, invites))
    return messages


def invite_texts(invite):
    texts = []
    for event in invite.walk("VEVENT"):
        texts += [str(event.get(name, "")) for name in ("SUMMARY", "DESCRIPTION", "LOCATION")]
    return "\n".join(texts)


def test_every_email_to_a_client_and_the_invites_address_them_with_te(client, example_content):
    # A message through the contact form: its confirmation.
    client.post("/ota-yhteytta/", contact_data(email="lahettaja@example.com"))
    # A booking by video and one by phone: confirmations, a move, a cancellation, reminders.
    # Each example supervisor's first free time: Aino meets by video, Eero by phone.
    video = send(client, free_values(client, "?ohjaaja=aino-esimerkki")[0])
    phone_time = free_values(client, "?ohjaaja=eero-esimerkki")[0]
    phone = send(client, phone_time, email="soittaja@example.com", phone="040 123 4567")
    assert video.status_code == phone.status_code == 302
    link = video["Location"].split("?")[0]
    # A time the booking's own page offers to move to (the same supervisor's).
    moves = re.findall(r'<option value="(\d{8}T\d{4}Z)"', client.get(link).content.decode())
    assert client.post(link + "siirra/", {"aika": moves[0]}).status_code == 302
    client.post(phone["Location"].split("?")[0] + "peru/", {"vahvista": "1"})
    soon = timezone.now() + timedelta(hours=20)
    Booking.objects.filter(email="asa@example.com").update(
        start=soon, end=soon + timedelta(minutes=30), created_at=timezone.now() - timedelta(days=3)
    )
    call_command("send_booking_reminders")
    # The team leader's links.
    create(email=LEADER)

    emails = client_emails()
    kinds = " ".join(subject for subject, *_rest in emails)
    for subject in ("Kiitos", "vahvistettu", "siirretty", "peruttu", "Muistutus", "Tiimikartta"):
        assert subject in kinds, (subject, kinds)
    found = {}
    for subject, body, html, invites in emails:
        texts = [subject, body, *(_plain(part) for part in html)]
        texts += [invite_texts(invite) for invite in invites]
        hits = [hit for text in texts for hit in singular_forms_in_text(text)]
        if hits:
            found[subject] = hits

    assert found == {}


def _plain(html):
    """An HTML email's text, one element's text a line."""
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", html, flags=re.S)
    return re.sub(r"<[^>]+>", "\n", text)


def test_a_booking_form_with_a_wrong_email_asks_to_check_it_with_te(client, example_content):
    value = free_values(client)[0]
    data = booking_data(aika=value, started=started(), email="ei-osoite")

    html = client.post("/ajanvaraus/varaa/", data).content.decode()

    assert "Tarkistakaa sähköpostiosoite." in html
    assert "Syötä" not in html


def test_the_pages_that_may_address_a_team_member_with_sina_are_named_in_one_place():
    from community_map import team_member_views

    named = team_member_views.MEMBER_TEMPLATES
    assert "community_map/team/answer.html" in named
    assert "community_map/team/own.html" in named
    survey = new_survey(threshold="3")
    member = Client()
    for response in (
        member.get("/tyoyhteisokartta/tiimi/vastaa/"),
        member.get(survey.answer_path()),
    ):
        rendered = {template.name for template in response.templates}
        assert rendered & set(named), rendered
