"""
The team map's pages from the cache: the questionnaire stored once per survey with each
member's own code written in, and the figures stored once per published state, so that a new
step or closing shows at once and nothing else recomputes them.
"""

import gzip
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client

from community_map.models import Dimension
from tests.support.bookings import frozen
from tests.support.team_maps import dimension_answers, new_survey

pytestmark = pytest.mark.django_db


def figures(html):
    """The part of the results page that carries figures (everything but the count)."""
    start = html.find('class="map-result__figures"')
    end = html.find('id="toiminnot"')
    return html[start:end] if start >= 0 else ""


def member(number):
    """A member's own browser, at an address of its own (the code rate limit is per address)."""
    return Client(REMOTE_ADDR=f"192.0.2.{number}")


# The questionnaire ---------------------------------------------------------------------------


def test_each_member_gets_the_cached_page_with_their_own_code_and_nothing_of_another():
    made = new_survey()
    first, second, third = made.codes[:3]

    pages = {code: member(n).get(made.answer_path(code)) for n, code in enumerate(made.codes[:3])}

    for code, page in pages.items():
        assert page.status_code == 200
        assert f'action="/tyoyhteisokartta/tiimi/vastaa/{code}/"' in page.text
        others = [other for other in (first, second, third) if other != code]
        assert not any(other in page.text for other in others)
        # Exactly the same page otherwise: the one stored for the survey.
        assert page.text.replace(code, "KOODI") == pages[first].text.replace(first, "KOODI")
        assert page["Cache-Control"] == "private, no-store"
        assert page["Referrer-Policy"] == "no-referrer"
        # No CSRF token to keep fresh (the code authorises the answer), so no cookie either.
        assert "csrfmiddlewaretoken" not in page.text
        assert not page.cookies


def test_a_warm_questionnaire_costs_only_the_code_checks(django_assert_num_queries):
    made = new_survey()
    member(1).get(made.answer_path(made.codes[0]))
    counted = Client(REMOTE_ADDR="192.0.2.2")

    # What is left is counting the request against the code limit and finding the code: the
    # questionnaire itself, with the survey's name and every statement, comes from the cache.
    with django_assert_num_queries(2):
        page = counted.get(made.answer_path(made.codes[2]))

    assert page.status_code == 200
    assert made.codes[2] in page.text


def test_the_cache_holds_neither_a_code_nor_the_results_token():
    made = new_survey()
    for number, code in enumerate(made.codes[:2]):
        member(number).get(made.answer_path(code))
    Client().get(made.results_path)

    keys = " ".join(cache._cache)
    values = b" ".join(value for value in cache._cache.values() if isinstance(value, bytes))
    for secret in (*made.codes, made.results_token):
        assert secret not in keys
        assert secret.encode() not in values
    assert f"team-answer:{made.survey.pk}:" in keys


def test_an_edit_of_the_statements_shows_on_the_next_questionnaire():
    made = new_survey()
    member(1).get(made.answer_path(made.codes[0]))
    dimension = Dimension.objects.first()
    dimension.name = "Perustehtävä ja tavoitteet"
    dimension.save()

    assert "Perustehtävä ja tavoitteet" in member(2).get(made.answer_path(made.codes[1])).text


def test_the_questionnaire_is_compressed_and_stays_private():
    made = new_survey()
    code = made.codes[0]

    page = member(1).get(made.answer_path(code), headers={"Accept-Encoding": "gzip"})

    assert page["Content-Encoding"] == "gzip"
    assert code in gzip.decompress(page.content).decode()
    assert page["Cache-Control"] == "private, no-store"


def test_a_used_code_still_gets_410_once_the_page_is_cached():
    made = new_survey()
    code = made.codes[0]
    member(1).get(made.answer_path(code))
    made.answer(dimension_answers([3] * 6), client=member(2))

    assert member(3).get(made.answer_path(code)).status_code == 410


# The results ---------------------------------------------------------------------------------


def test_a_new_step_shows_on_the_results_at_once(client):
    made = new_survey(threshold="5", reveal="steps")
    for _ in range(4):
        made.answer(dimension_answers([2] * 6))
    before = client.get(made.results_path).text
    assert "4 / 12" in before
    assert "2,0" not in figures(before)

    made.answer(dimension_answers([2] * 6))
    after = client.get(made.results_path).text

    assert "5 / 12" in after
    assert "2,0" in figures(after)


def test_an_answer_that_closes_no_step_changes_the_count_and_not_the_figures(
    client, django_assert_max_num_queries
):
    made = new_survey(threshold="5", reveal="steps")
    for value in (1, 1, 1, 1, 1):
        made.answer(dimension_answers([value] * 6))
    shown = client.get(made.results_path).text

    made.answer(dimension_answers([5] * 6))
    with django_assert_max_num_queries(1):  # the survey of the token; the figures are cached
        again = client.get(made.results_path).text

    assert "6 / 12" in again
    assert figures(again) == figures(shown)


def test_closing_shows_the_figures_at_once(client):
    made = new_survey(threshold="5", reveal="closed")
    for _ in range(5):
        made.answer(dimension_answers([4] * 6))
    assert "4,0" not in figures(client.get(made.results_path).text)

    client.post(made.results_path + "sulje/")

    assert "4,0" in figures(client.get(made.results_path).text)


def _just_after_the_last_day(survey):
    day = survey.ends_on + timedelta(days=1)
    return frozen(day.year, day.month, day.day, 0, 0, 1)


def test_a_survey_past_its_last_day_shows_the_figures_at_once(client):
    made = new_survey(threshold="5", reveal="closed")
    for _ in range(5):
        made.answer(dimension_answers([4] * 6))
    for _ in range(2):  # the second answered early, from the page kept whole
        assert "4,0" not in figures(client.get(made.results_path).text)

    # The last day passes: nothing is saved, only the clock moves on.
    with _just_after_the_last_day(made.survey):
        assert "4,0" in figures(client.get(made.results_path).text)


def test_the_questionnaire_answers_410_once_the_last_day_is_over():
    made = new_survey()
    path = made.answer_path(made.codes[0])
    for number in range(2):
        assert member(number).get(path).status_code == 200

    with _just_after_the_last_day(made.survey):
        assert member(3).get(path).status_code == 410


def test_results_cost_one_query_warm(client, django_assert_max_num_queries):
    made = new_survey(threshold="5", reveal="steps")
    for _ in range(10):
        made.answer(dimension_answers([3] * 6))

    cache.clear()
    with django_assert_max_num_queries(12):
        cold = client.get(made.results_path)
    with django_assert_max_num_queries(1):
        warm = client.get(made.results_path)

    assert warm.text == cold.text
    assert warm["Cache-Control"] == "private, no-store"


def test_the_results_are_compressed_and_stay_private(client):
    made = new_survey()

    page = client.get(made.results_path, headers={"Accept-Encoding": "gzip"})

    assert page["Content-Encoding"] == "gzip"
    assert page["Cache-Control"] == "private, no-store"
    assert page["Referrer-Policy"] == "no-referrer"
    assert "X-Robots-Tag" in page
    # The page with every member's code is not compressed, nor cached.
    codes_page = client.get(made.results_path + "koodit/", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in codes_page
    assert codes_page["Cache-Control"] == "private, no-store"
