"""
A client who uses the site in Swedish or English is answered in it from the first page to the
last email, dates and times written as that language writes them; staff read Finnish.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.test import Client
from django.utils import timezone, translation

from booking.models import Booking
from booking.slots import bookable_calendars, free_slots
from booking.timefmt import slot_label
from community_map.models import TeamSurvey
from core import local_formats
from tests.support.bookings import (
    booking_data,
    format_time,
    invite_of,
    make_calendar,
    make_supervisor,
    reminded_tomorrow,
    started,
)
from tests.support.team_maps import RESULTS_URL, codes_on, create, dimension_answers

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]

ENGLISH_PAGE = '<html lang="en"'


# What a client who books in Swedish or in English reads, in their language's words.
READS = {
    "sv": {
        "time": r"^[a-zåäö]{3} \d+\.\d+\. kl\. \d+\.\d\d",
        "book": "/sv/tidsbokning/boka/",
        "own": "/sv/tidsbokning/bokning/",
        "cancel": "avboka/",
        "confirmed": "Er bokning är bekräftad",
        "subject": "Bokningen bekräftad: {when}",
        "invite": "inbjudan.ics",
        "summary": "Kostnadsfritt introduktionssamtal: ",
        "move": "Avboka eller flytta: {url}",
        "staff": "Kieli: ruotsi",
        "question": "Vill ni verkligen avboka?",
        "cancelled": "Bokningen annullerad: {when}",
        "reminder": "Påminnelse: ert kostnadsfria introduktionssamtal {when}",
    },
    "en": {
        "time": r"^[A-Z][a-z]{2} \d+ [A-Z][a-z]{2} at \d+:\d\d",
        "book": "/en/booking/book/",
        "own": "/en/booking/appointment/",
        "cancel": "cancel/",
        "confirmed": "Your booking is confirmed",
        "subject": "Booking confirmed: {when}",
        "invite": "invite.ics",
        "summary": "Free introductory conversation: ",
        "move": "To cancel or reschedule: {url}",
        "staff": "Kieli: englanti",
        "question": "Are you sure you want to cancel?",
        "cancelled": "Booking cancelled: {when}",
        "reminder": "Reminder: your free introductory conversation on {when}",
    },
}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_a_booking_speaks_the_clients_language_from_its_confirmation_to_its_cancellation(
    client, language
):
    reads = READS[language]
    page_in_language = f'<html lang="{language}"'

    def in_language(moment):
        with translation.override(language):
            return slot_label(moment)

    def own_link(booking):
        with translation.override(language):
            return booking.manage_url()

    make_calendar(make_supervisor(email="anna@example.com"), location="Teams")
    slot = free_slots(bookable_calendars())[0]
    when = in_language(slot.start)
    assert re.search(reads["time"], when), when

    form = client.get(f"{reads['book']}?aika={format_time(slot.start)}").content.decode()
    assert page_in_language in form
    assert when in form
    data = booking_data(aika=format_time(slot.start), started=started())
    page = client.post(reads["book"], data, follow=True).content.decode()

    assert page_in_language in page
    assert reads["confirmed"] in page
    assert when in page
    booking = Booking.objects.get()
    assert booking.language == language
    to_client, to_staff = sorted(mail.outbox, key=lambda message: "asa@" not in message.to[0])
    assert to_client.subject == reads["subject"].format(when=when)
    [(html, _type)] = to_client.alternatives
    assert html.startswith(f"<!doctype html>\n{page_in_language}>")
    manage = urlsplit(own_link(booking)).path
    assert manage.startswith(reads["own"])
    assert manage in to_client.body
    part, invite = invite_of(to_client)
    assert part.get_filename() == reads["invite"]
    [event] = invite.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith(reads["summary"])
    assert reads["move"].format(url=own_link(booking)) in str(event["DESCRIPTION"])

    assert to_staff.subject.startswith("Uusi ajanvaraus: ")
    assert " klo " in to_staff.subject
    assert reads["staff"] in to_staff.body
    assert f"/{language}/" not in to_staff.body
    assert '<html lang="fi">' in to_staff.alternatives[0][0]
    staff_part, _invite = invite_of(to_staff)
    assert staff_part.get_filename() == "kutsu.ics"

    question = client.get(f"{manage}{reads['cancel']}").content.decode()
    assert page_in_language in question
    assert reads["question"] in question
    mail.outbox.clear()
    cancelled = client.post(f"{manage}{reads['cancel']}", {"vahvista": "1"}).content.decode()
    assert page_in_language in cancelled
    [to_client] = [message for message in mail.outbox if "asa@example.com" in message.to[0]]
    assert to_client.subject == reads["cancelled"].format(when=when)

    # The same time booked again; the nightly job reminds of it in the client's language.
    client.post(reads["book"], {**data, "email": "bo@example.com", "started": started()})
    again = Booking.objects.get(email="bo@example.com")
    assert again.language == language
    soon, [reminder] = reminded_tomorrow(again)
    assert reminder.subject == reads["reminder"].format(when=in_language(soon))
    assert urlsplit(own_link(again)).path in reminder.body


def test_a_team_survey_made_in_english_is_english_in_its_links_pages_and_handout():
    leader = Client()
    ends_on = timezone.localdate() + timedelta(days=14)
    created = create(
        leader,
        path="/en/work-community-map/team/",
        name="Ward 4",
        email="leader@example.com",
        ends_on=ends_on.isoformat(),
    )

    assert ENGLISH_PAGE in created.content.decode()
    assert TeamSurvey.objects.get().language == "en"
    results = RESULTS_URL.search(created.content.decode())[1]
    results_path = urlsplit(results).path
    assert results_path.startswith("/en/work-community-map/team/results/")
    [links] = mail.outbox
    assert links.subject == "Your team map “Ward 4”: the results address"
    assert results in links.body
    with translation.override("en"):
        day = local_formats.date(ends_on)
    assert re.fullmatch(r"\d+ [A-Z][a-z]+ \d{4}", day)
    assert day in links.body

    codes_page = leader.get(f"{results_path}codes/").content.decode()
    assert ENGLISH_PAGE in codes_page
    codes = codes_on(codes_page)
    answer_path = f"/en/work-community-map/team/answer/{codes[0]}/"
    questionnaire = Client().get(answer_path).content.decode()
    assert ENGLISH_PAGE in questionnaire
    scores_of_five = ([4, 3, 2, 5, 4, 3], [3] * 6, [2] * 6, [5] * 6, [4] * 6)
    for code, scores in zip(codes[:5], scores_of_five, strict=True):
        answered = Client().post(
            f"/en/work-community-map/team/answer/{code}/", dimension_answers(scores)
        )
        assert answered.status_code in (200, 302)
    assert TeamSurvey.objects.get().responses.count() == 5

    results_page = leader.get(results_path).content.decode()
    assert ENGLISH_PAGE in results_page
    assert day in results_page
    handout = leader.get(f"{results_path}print/").content.decode()
    assert ENGLISH_PAGE in handout
    assert day in handout
    for page in (codes_page, questionnaire, results_page, handout):
        assert not re.search(r"\d+\.\d+\.\d{4}", page)  # no Finnish date left
