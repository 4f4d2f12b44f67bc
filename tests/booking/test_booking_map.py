"""
A client books a time with their work community map attached, as they can send it with a
message: the personal map by its code, the team map by the leader's reference. The summary is
built on the server, rides from the map's page through the free times to the booking form, is
stored on the booking and reaches the supervisor in the notification and the admin.
"""

import re
from html import unescape

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from booking.models import Booking
from tests.support.bookings import SLOT_LINK, booking_data, make_calendar, make_supervisor, started
from tests.support.factories import enquiry_handler
from tests.support.map_answers import answer_all, submit
from tests.support.team_maps import dimension_answers, new_survey

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]

BOOK_WITH_MAP = "Varatkaa aika ja liittäkää kartta"


@pytest.fixture
def calendar():
    calendar = make_calendar(make_supervisor(email="anna@example.com"), location="Teams")
    cache.clear()  # the pages' "booking is open" answer belongs to the content version
    return calendar


def map_code(client):
    return submit(client, answer_all(lambda s: 2))["Location"].split("?v=")[1]


def link(html, text):
    return unescape(re.search(rf'<a class="[^"]*" href="([^"]+)">{text}</a>', html)[1])


def book_from_times(client, times_url, **overrides):
    """Pick the first free time on ``times_url`` and book it; return the response."""
    html = client.get(times_url).content.decode()
    slot = unescape(re.search(r'href="(/ajanvaraus/varaa/\?aika=[^"]+)"', html)[1])
    form_page = client.get(slot).content.decode()
    hidden = dict(
        re.findall(r'type="hidden" name="(kartta|tiimikartta)" value="([^"]*)"', form_page)
    )
    hidden.update(
        dict(re.findall(r'name="(kartta|tiimikartta)" value="([^"]*)" type="hidden"', form_page))
    )
    value = SLOT_LINK.search(html)["value"]
    data = booking_data(aika=value, started=started(), **{**hidden, **overrides})
    return client.post("/ajanvaraus/varaa/", data), form_page


def test_the_personal_map_is_booked_with_and_reaches_the_supervisor(client, calendar):
    code = map_code(client)
    result = client.get(f"/tyoyhteisokartta/kartta/?v={code}").content.decode()

    times_url = link(result, BOOK_WITH_MAP)
    assert times_url == f"/ajanvaraus/?kartta={code}"
    times = client.get(times_url).content.decode()
    assert "Työyhteisökartta liitetään varaukseen" in times
    assert all(
        f"kartta={code}" in unescape(m[0])
        for m in re.finditer(r"/ajanvaraus/varaa/\?[^\"]+", times)
    )
    response, form_page = book_from_times(client, times_url)

    assert f'value="{code}"' in form_page
    assert response.status_code == 302
    booking = Booking.objects.get()
    assert f"/tyoyhteisokartta/kartta/?v={code}" in booking.map_summary
    assert "- Johtajuus: 2,0" in booking.map_summary
    staff_mail = next(m for m in mail.outbox if "anna@example.com" in str(m.to))
    assert booking.map_summary in staff_mail.body
    assert '<tr><th scope="row">Johtajuus</th><td>2,0</td>' in staff_mail.alternatives[0][0]
    client_mail = next(m for m in mail.outbox if booking.email in str(m.to))
    assert "Johtajuus" not in client_mail.body


def test_the_team_map_is_booked_with_from_the_aggregate(client, calendar):
    made = new_survey(threshold="5", member_count="6", name="Tiimi A")
    for value in (1, 2, 3, 4, 5):
        made.answer(dimension_answers([value] * 6))
    results_path = made.results_path
    results = client.get(results_path).content.decode()

    hand_over = link(results, BOOK_WITH_MAP)
    assert hand_over == results_path + "varaa/"
    response = client.get(hand_over)
    assert response.status_code == 302
    assert (
        response["Cache-Control"].startswith("private") or "no-store" in response["Cache-Control"]
    )
    times_url = response["Location"]
    assert times_url.startswith("/ajanvaraus/?tiimikartta=")
    assert "Tiimin työyhteisökartta: Tiimi A" in client.get(times_url).content.decode()
    response, _form_page = book_from_times(client, times_url)

    assert response.status_code == 302
    summary = Booking.objects.get().map_summary
    assert "Tiimin työyhteisökartta: Tiimi A" in summary
    assert "mediaani 3,0, keskimmäinen puolikas 2,0–4,0 (5 vastaajaa)" in summary
    assert results_path.split("/")[-2] not in summary  # the leader's secret stays theirs


def test_the_filter_and_the_week_links_keep_the_map_attached(client, calendar):
    code = map_code(client)

    html = client.get(f"/ajanvaraus/?kartta={code}").content.decode()

    filter_form = re.search(r'<form class="booking-filter".*?</form>', html, re.S)[0]
    assert f'<input type="hidden" name="kartta" value="{code}">' in filter_form
    next_week = re.search(r'href="(\?viikko=[^"]+)" rel="next"', html)
    assert next_week is None or f"kartta={code}" in unescape(next_week[1])


def test_an_altered_map_is_refused_in_finnish_and_nothing_is_booked(client, calendar):
    response, _form_page = book_from_times(client, "/ajanvaraus/", kartta="1-9")

    assert response.status_code == 400
    assert "Liitetty kartta" in response.content.decode()
    assert not Booking.objects.exists()


def test_an_invalid_map_in_a_link_is_not_carried_or_shown(client, calendar):
    html = client.get("/ajanvaraus/?kartta=1-9&tiimikartta=x").content.decode()

    assert "liitetään varaukseen" not in html
    assert "kartta=1-9" not in html
    assert "tiimikartta=x" not in html


def test_the_map_pages_offer_booking_only_while_it_is_open(client):
    code = map_code(client)
    result_url = f"/tyoyhteisokartta/kartta/?v={code}"
    assert BOOK_WITH_MAP not in client.get(result_url).content.decode()

    make_calendar()
    cache.clear()

    assert BOOK_WITH_MAP in client.get(result_url).content.decode()


def test_staff_see_the_attached_map_in_the_admin(client, calendar):
    code = map_code(client)
    book_from_times(client, f"/ajanvaraus/?kartta={code}")
    booking = Booking.objects.get()
    staff = Client()
    staff.force_login(enquiry_handler())

    html = staff.get(f"/hallinta/booking/booking/{booking.pk}/change/").content.decode()

    assert '<tr><th scope="row">Johtajuus</th><td>2,0</td><td>4 vastausta</td></tr>' in html
    assert "Työyhteisökartta" in html


def test_a_team_map_hand_over_with_a_wrong_token_is_a_finnish_404(client):
    response = Client().get("/tyoyhteisokartta/tiimi/tulokset/" + "x" * 43 + "/varaa/")

    assert response.status_code == 404
