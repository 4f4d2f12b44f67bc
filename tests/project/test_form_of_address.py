"""
One form of address per page (issue 11): organisations are addressed with "te" on the booking
pages, in the booking emails and on the team leader's pages; a team member answering is
addressed as the personal map addresses its user, with "sinä", on every page they meet.

Here the running text is checked: the page's <main> without its buttons. The buttons and
calls to action address the reader with "te" too ("Varatkaa maksuton tutustumiskeskustelu"),
apart from "Laita viestiä", the consultancy's own name for its contact button; every public
page, buttons and all, is read by tests/project/test_one_voice.py.
"""

import re
from datetime import timedelta
from html import unescape

import pytest
from django.core import mail
from django.core.cache import cache
from django.utils import timezone

from booking.models import Booking
from tests.support.bookings import (
    book_first_free_time,
    free_values,
    make_calendar,
    make_supervisor,
    send,
)
from tests.support.form_of_address import SINA, TE, running_text
from tests.support.team_maps import create, dimension_answers, new_survey

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]


@pytest.fixture
def calendar():
    calendar = make_calendar(make_supervisor(email="anna@example.com"), location="Teams")
    cache.clear()
    return calendar


def addressed_as_te(text):
    assert not SINA.findall(text), SINA.findall(text)
    assert TE.search(text), text[:500]


def addressed_as_sina(text):
    assert not TE.findall(text), TE.findall(text)


def test_the_booking_pages_address_the_client_with_te(client, calendar):
    pages = {"times": client.get("/ajanvaraus/")}
    value = free_values(client)[0]
    pages["form"] = client.get(f"/ajanvaraus/varaa/?aika={value}")
    pages["errors"] = send(client, value, name="", organisation="")
    pages["empty filter"] = client.get("/ajanvaraus/?ohjaaja=ei-ole&muoto=ei-ole")
    _booking, link = book_first_free_time(client, calendar)
    pages["confirmed"] = client.get(link + "?vahvistettu=1")
    pages["taken"] = client.get(f"/ajanvaraus/varaa/?aika={value}")
    pages["move without a time"] = client.post(link + "siirra/", {})
    pages["cancel question"] = client.get(link + "peru/")
    pages["cancelled"] = client.post(link + "peru/", {"vahvista": "1"})
    pages["used link"] = client.get(link)
    pages["altered link"] = client.get(link[:-3] + "xx/")

    assert pages["errors"].status_code == 400
    assert pages["used link"].status_code == 410
    assert pages["altered link"].status_code == 404
    for name, response in pages.items():
        text = running_text(response.content.decode())
        assert not SINA.findall(text), (name, SINA.findall(text))
    for name in [
        "times",
        "form",
        "errors",
        "confirmed",
        "cancel question",
        "cancelled",
        "used link",
    ]:
        addressed_as_te(running_text(pages[name].content.decode()))
    assert "Tarkistakaa lomake" in pages["errors"].content.decode()


def test_a_late_change_is_explained_with_te(client, calendar):
    booking, link = book_first_free_time(client, calendar)
    Booking.objects.filter(pk=booking.pk).update(
        start=timezone.now() + timedelta(hours=3), end=timezone.now() + timedelta(hours=4)
    )

    response = client.post(link + "peru/")

    assert response.status_code == 403
    addressed_as_te(running_text(response.content.decode()))


def test_the_booking_emails_address_the_client_with_te(client, calendar):
    send(client, free_values(client)[0])
    booking = Booking.objects.get()
    confirmation = next(m for m in mail.outbox if booking.email in str(m.to))
    mail.outbox.clear()
    client.post(f"/ajanvaraus/varaus/{_token_from(confirmation.body)}/peru/", {"vahvista": "1"})
    cancellation = next(m for m in mail.outbox if booking.email in str(m.to))

    for message in (confirmation, cancellation):
        addressed_as_te(message.subject + "\n" + message.body)
        assert not SINA.findall(unescape(re.sub(r"<[^>]+>", " ", message.alternatives[0][0])))


def _token_from(body):
    return re.search(r"/ajanvaraus/varaus/([^/\s]+)/", body)[1]


def test_the_team_leader_s_pages_address_the_leader_with_te(client):
    pages = {"create": client.get("/tyoyhteisokartta/tiimi/")}
    pages["create with errors"] = create(threshold="1", ends_on="")
    created = create(client)
    pages["created"] = created
    made = new_survey(threshold="5", member_count="6")
    pages["results, waiting"] = client.get(made.results_path)
    pages["codes"] = client.get(made.results_path + "koodit/")
    for value in (1, 2, 3, 4, 5):
        made.answer(dimension_answers([value] * 6))
    pages["results"] = client.get(made.results_path)
    pages["delete"] = client.get(made.results_path + "poista/")

    for name, response in pages.items():
        text = running_text(response.content.decode())
        assert not SINA.findall(text), (name, SINA.findall(text))
    for name in ["create", "create with errors", "created", "results, waiting", "codes"]:
        addressed_as_te(running_text(pages[name].content.decode()))


def test_a_team_member_is_addressed_with_sina_throughout(client):
    made = new_survey(threshold="3")
    code = made.unused[0]

    enter_page = client.get("/tyoyhteisokartta/tiimi/vastaa/")
    answer_page = client.get(made.answer_path(code))
    own = client.get(made.answer(dimension_answers([3] * 6))["Location"])
    used = client.get(made.answer_path(code))

    for response in (enter_page, answer_page, own, used):
        text = running_text(response.content.decode())
        addressed_as_sina(text)
        assert SINA.search(text)
