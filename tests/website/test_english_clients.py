"""
A client who uses the site in English is answered in English from the first page to the last
email, dates, times and prices written as English writes them; staff read Finnish.
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


def english(moment):
    with translation.override("en"):
        return slot_label(moment)


def test_an_english_booking_is_english_from_its_confirmation_to_its_cancellation(client):
    make_calendar(make_supervisor(email="anna@example.com"), location="Teams")
    slot = free_slots(bookable_calendars())[0]
    when = english(slot.start)
    assert re.search(r"^[A-Z][a-z]{2} \d+ [A-Z][a-z]{2} at \d+:\d\d", when), when

    form = client.get(f"/en/booking/book/?aika={format_time(slot.start)}")
    assert ENGLISH_PAGE in form.content.decode()
    assert when in form.content.decode()
    data = booking_data(aika=format_time(slot.start), started=started())
    confirmed = client.post("/en/booking/book/", data, follow=True)

    page = confirmed.content.decode()
    assert ENGLISH_PAGE in page
    assert "Your booking is confirmed" in page
    assert when in page
    booking = Booking.objects.get()
    assert booking.language == "en"
    to_client, to_staff = sorted(mail.outbox, key=lambda message: "asa@" not in message.to[0])
    assert to_client.subject == f"Booking confirmed: {when}"
    [(html, _type)] = to_client.alternatives
    assert html.startswith('<!doctype html>\n<html lang="en">')
    with translation.override(booking.language):
        manage = urlsplit(booking.manage_url()).path
    assert manage.startswith("/en/booking/appointment/")
    assert manage in to_client.body
    part, invite = invite_of(to_client)
    assert part.get_filename() == "invite.ics"
    [event] = invite.walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("Free introductory conversation: ")
    with translation.override("en"):
        assert f"To cancel or reschedule: {booking.manage_url()}" in str(event["DESCRIPTION"])

    assert to_staff.subject.startswith("Uusi ajanvaraus: ")
    assert " klo " in to_staff.subject
    assert "Kieli: englanti" in to_staff.body
    assert "/en/" not in to_staff.body
    assert '<html lang="fi">' in to_staff.alternatives[0][0]
    staff_part, _invite = invite_of(to_staff)
    assert staff_part.get_filename() == "kutsu.ics"

    question = client.get(f"{manage}cancel/").content.decode()
    assert ENGLISH_PAGE in question
    assert "Are you sure you want to cancel?" in question
    mail.outbox.clear()
    cancelled = client.post(f"{manage}cancel/", {"vahvista": "1"}).content.decode()
    assert ENGLISH_PAGE in cancelled
    [to_client] = [message for message in mail.outbox if "asa@example.com" in message.to[0]]
    assert to_client.subject == f"Booking cancelled: {when}"

    # The same time booked again in English; the nightly job reminds of it in English.
    client.post("/en/booking/book/", {**data, "email": "bo@example.com", "started": started()})
    again = Booking.objects.get(email="bo@example.com")
    assert again.language == "en"
    soon, [reminder] = reminded_tomorrow(again)
    assert reminder.subject == f"Reminder: your free introductory conversation on {english(soon)}"
    with translation.override("en"):
        assert urlsplit(again.manage_url()).path in reminder.body


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
