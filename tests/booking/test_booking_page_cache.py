"""
The free times list and the form for a free time are rendered once and then served from the
cache (booking.views): each visitor still gets tokens of their own that book, and the pages
are never older than the calendars the request reads: a time booked meanwhile, a renamed
supervisor and a calendar edit show on the very next request. A page with a map attached is
personal and never stored.
"""

import re
from datetime import datetime, timedelta

import pytest
from django.test import Client

from booking.models import Booking
from booking.timefmt import HELSINKI
from tests.support.bookings import (
    NEXT_WEEK,
    TIMES,
    booking_data,
    every_free_value,
    free_values,
    frozen,
    send,
)
from tests.support.live_gunicorn import form_tokens
from tests.support.map_answers import answer_all, submit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]

FORM = "/ajanvaraus/varaa/?aika="


def rendered(response):
    """Whether the view rendered the page's template for this response (not the cache)."""
    return any(template.name == "base.html" for template in response.templates)


def test_the_list_is_rendered_once_for_every_visitor(calendar, django_assert_max_num_queries):
    first = Client().get(TIMES)
    with django_assert_max_num_queries(1):  # the open calendars
        second = Client().get(TIMES)

    assert rendered(first)
    assert not rendered(second)
    assert second.content == first.content
    assert "no-cache" in second["Cache-Control"]


def test_the_list_is_then_answered_early_without_a_query_until_a_booking_commits(
    calendar, django_assert_num_queries, django_assert_max_num_queries
):
    Client().get(TIMES)  # rendered and kept whole
    with django_assert_num_queries(0):
        early = Client().get(TIMES)
    value = free_values(Client())[0]
    assert value in early.content.decode()

    send(Client(), value)

    # The booking's stamp is newer: the calendars are read, the free times made again.
    with django_assert_max_num_queries(5) as queries:
        after = Client().get(TIMES)
    assert len(queries) > 0
    assert value not in after.content.decode()


def test_a_week_and_a_form_of_supervision_in_their_one_form_are_answered_early(
    calendar, django_assert_num_queries
):
    html = Client().get(TIMES).content.decode()
    next_week = NEXT_WEEK.search(html)["monday"]
    Client().get(f"{TIMES}?viikko={next_week}")

    with django_assert_num_queries(0):
        early = Client().get(f"{TIMES}?viikko={next_week}")

    assert early.status_code == 200


@pytest.mark.parametrize("query", ["?muoto=ei-tallaista", "?viikko=tiistai", "?utm_source=x"])
def test_other_addresses_of_the_list_are_never_kept_whole(
    calendar, query, django_assert_max_num_queries
):
    Client().get(TIMES + query)

    with django_assert_max_num_queries(1) as queries:
        Client().get(TIMES + query)

    assert len(queries) == 1  # the open calendars: the list was made again


@pytest.mark.parametrize("moment", [(2027, 3, 1, 8, 0), (2027, 3, 1, 23, 50)])
def test_a_list_kept_whole_goes_when_the_clock_alone_changes_it(calendar, moment):
    # At 8.00 the first time (9.00 tomorrow) passes its 24 hours' notice at 9.00; at 23.50 a
    # new day (and the horizon's new last day) begins at midnight.
    with frozen(*moment):
        before = every_free_value(Client())
        assert every_free_value(Client()) == before  # each week kept whole, answered early
    later = datetime(*moment, tzinfo=HELSINKI) + timedelta(hours=1, minutes=10)
    with frozen(later.year, later.month, later.day, later.hour, later.minute):
        after = every_free_value(Client())

    if moment[3] == 8:
        assert before[0] not in after
    else:
        assert after[-1] > before[-1]


def test_each_visitor_gets_the_form_from_the_cache_with_tokens_of_their_own(calendar, settings):
    settings.CONTACT_MIN_SECONDS = 0
    value = free_values(Client())[0]
    first = Client().get(FORM + value)
    visitor = Client(enforce_csrf_checks=True)
    second = visitor.get(FORM + value)

    assert rendered(first)
    assert not rendered(second)
    tokens = form_tokens(second.content.decode())
    assert tokens.keys() == {"csrfmiddlewaretoken", "started"}
    assert tokens != form_tokens(first.content.decode())
    assert second.content.count(b'name="csrfmiddlewaretoken"') == 1
    assert "Content-Encoding" not in second  # a CSRF token beside posted fields (BREACH)

    # The tokens written in are the visitor's own: the CSRF check and the form's token pass.
    response = visitor.post("/ajanvaraus/varaa/", {**booking_data(aika=value), **tokens})
    assert response.status_code == 302, response.content.decode()[-1500:]
    assert Booking.objects.get().start.strftime("%Y%m%dT%H%MZ") == value


def test_a_time_booked_meanwhile_is_gone_from_the_cached_list_and_its_form_says_so(calendar):
    visitor = Client()
    value = free_values(visitor)[0]
    assert visitor.get(FORM + value).status_code == 200

    send(Client(), value)

    assert Booking.objects.count() == 1
    assert value not in free_values(visitor)
    page = visitor.get(FORM + value).content.decode()
    assert "Tämä aika ei ole enää vapaana" in page


def test_the_form_is_then_answered_early_with_tokens_of_its_own_until_the_time_is_taken(
    calendar, settings, django_assert_num_queries
):
    settings.CONTACT_MIN_SECONDS = 0
    value = free_values(Client())[0]
    first = Client().get(FORM + value)
    visitor = Client(enforce_csrf_checks=True)

    with django_assert_num_queries(0):
        early = visitor.get(FORM + value)

    assert "Content-Encoding" not in early
    tokens = form_tokens(early.content.decode())
    assert tokens.keys() == {"csrfmiddlewaretoken", "started"}
    assert tokens != form_tokens(first.content.decode())
    response = visitor.post("/ajanvaraus/varaa/", {**booking_data(aika=value), **tokens})
    assert response.status_code == 302, response.content.decode()[-1500:]

    # The booking's stamp is newer: the form is made again, and says the time is taken.
    assert "Tämä aika ei ole enää vapaana" in Client().get(FORM + value).content.decode()


def test_an_early_form_goes_when_its_time_passes_the_minimum_notice(calendar):
    with frozen(2027, 3, 1, 8, 0):
        value = free_values(Client())[0]  # 9.00 tomorrow, 24 hours' notice
        Client().get(FORM + value)
        assert Client().get(FORM + value).status_code == 200  # answered early
    with frozen(2027, 3, 1, 9, 10):
        late = Client().get(FORM + value)

    assert late.status_code == 404


def test_a_renamed_supervisor_and_a_calendar_edit_show_on_the_next_request(calendar):
    # The first free time opens a day, so it is a time of every meeting length.
    with frozen(2027, 3, 1, 8, 0):
        visitor = Client()
        value = free_values(visitor)[0]
        visitor.get(FORM + value)

        supervisor = calendar.supervisor
        supervisor.name = "Anna Uusinimi"
        supervisor.save()
        assert "Anna Uusinimi" in visitor.get(FORM + value).content.decode()
        assert "Anna Uusinimi" in visitor.get(TIMES).content.decode()

        calendar.meeting_minutes = 45
        calendar.save()
        assert re.search(r"<dd>45 min</dd>", visitor.get(FORM + value).content.decode())
        assert "45 min" in visitor.get(TIMES).content.decode()


def test_a_page_with_a_map_attached_is_rendered_for_each_request(calendar):
    code = submit(Client(), answer_all(lambda statement: 2))["Location"].split("?v=")[1]
    value = free_values(Client())[0]
    for path in (f"{TIMES}?kartta={code}", f"{FORM}{value}&kartta={code}"):
        first, second = Client().get(path), Client().get(path)
        assert rendered(first)
        assert rendered(second)
        assert (
            f'value="{code}"' in second.content.decode()
            or f"kartta={code}" in second.content.decode()
        )
    # An invalid code attaches nothing: the plain page, from the cache.
    assert not rendered(Client().get(f"{TIMES}?kartta=ei-koodi"))
