"""
The team map's pages answered early (core.page_cache.EarlyHitMiddleware): a member's
questionnaire and the leader's results, opened again, come without a query, with the code or
token from their own address written in, until any survey changes or the last day is over.
"""

import gzip

import pytest
from django.core.cache import cache
from django.test import Client

from community_map.models import TeamSurvey
from tests.support.team_maps import dimension_answers, new_survey

pytestmark = pytest.mark.django_db

GZIP = {"Accept-Encoding": "gzip, deflate, br"}


def member(number):
    return Client(REMOTE_ADDR=f"192.0.2.{number}")


def body(response):
    if response.get("Content-Encoding") == "gzip":
        return gzip.decompress(response.content).decode()
    return response.content.decode()


def same_headers(first, second):
    mine = {"Date", "Content-Length"}
    return {k: v for k, v in first.items() if k not in mine} == {
        k: v for k, v in second.items() if k not in mine
    }


@pytest.mark.parametrize("ask", [GZIP, {}], ids=["gzip", "identity"])
def test_a_members_questionnaire_opened_again_is_answered_early_with_their_code(
    ask, django_assert_num_queries
):
    made = new_survey()
    path = made.answer_path(made.codes[0])
    rendered = member(1).get(path, headers=ask)

    with django_assert_num_queries(0):
        early = member(2).get(path, headers=ask)

    assert early.status_code == 200
    assert body(early) == body(rendered)
    assert f'action="/tyoyhteisokartta/tiimi/vastaa/{made.codes[0]}/"' in body(early)
    assert same_headers(early, rendered)
    assert early["Cache-Control"] == "private, no-store"
    assert early["Referrer-Policy"] == "no-referrer"
    assert ("Content-Encoding" in early) == bool(ask)
    assert not early.cookies


def test_each_members_early_page_holds_their_own_code_only():
    made = new_survey()
    for code in made.codes[:2]:
        member(1).get(made.answer_path(code), headers=GZIP)

    first, second = (body(member(2).get(made.answer_path(c), headers=GZIP)) for c in made.codes[:2])

    assert made.codes[0] in first
    assert made.codes[1] not in first
    assert made.codes[1] in second
    assert made.codes[0] not in second


def test_an_answer_ends_every_early_questionnaire_of_its_code():
    made = new_survey()
    path = made.answer_path(made.codes[0])
    for number in range(2):
        assert member(number).get(path).status_code == 200

    made.answer(dimension_answers([3] * 6), client=member(3))

    assert member(4).get(path).status_code == 410


def test_closing_ends_the_early_questionnaire_and_the_early_results(client):
    made = new_survey()
    path = made.answer_path(made.codes[0])
    for number in range(2):
        member(number).get(path)
        client.get(made.results_path)

    client.post(made.results_path + "sulje/")

    assert member(3).get(path).status_code == 410
    results = body(client.get(made.results_path))
    assert "Sulkekaa kysely nyt" not in results
    assert "Kysely sulkeutui" in results


def test_the_results_opened_again_come_without_a_query_until_an_answer_commits(
    client, django_assert_num_queries
):
    made = new_survey(threshold="5", reveal="steps")
    for _ in range(4):
        made.answer(dimension_answers([2] * 6))
    rendered = client.get(made.results_path, headers=GZIP)

    with django_assert_num_queries(0):
        early = client.get(made.results_path, headers=GZIP)
    assert body(early) == body(rendered)
    assert body(early).count(made.results_token) >= 2  # in every link of the page
    made.answer(dimension_answers([2] * 6))

    assert "5 / 12" in body(client.get(made.results_path, headers=GZIP))


def test_a_deleted_survey_is_not_answered_early(client):
    made = new_survey()
    for _ in range(2):
        client.get(made.results_path)

    TeamSurvey.objects.filter(pk=made.survey.pk).delete()

    assert client.get(made.results_path).status_code == 404


def test_a_code_typed_by_hand_goes_on_to_the_address_as_printed():
    made = new_survey()
    code = made.codes[0]

    response = member(1).get(made.answer_path(code.lower()))

    assert response.status_code == 302
    assert response["Location"] == made.answer_path(code)


def test_the_early_pages_keep_neither_a_code_nor_the_token_in_the_cache(client):
    made = new_survey()
    for ask in (GZIP, {}):
        for _ in range(2):
            member(1).get(made.answer_path(made.codes[0]), headers=ask)
            client.get(made.results_path, headers=ask)

    keys = " ".join(cache._cache)
    values = b" ".join(value for value in cache._cache.values() if isinstance(value, bytes))
    assert keys.count("early-page:") == 4
    for secret in (made.codes[0], made.results_token):
        assert secret not in keys
        assert secret.encode() not in values


def test_after_an_answer_the_results_are_answered_early_again(client, django_assert_num_queries):
    made = new_survey()
    for _ in range(2):  # the second one from this worker's own copy
        client.get(made.results_path)
    made.answer(dimension_answers([2] * 6))
    client.get(made.results_path)  # drawn afresh, and kept again

    with django_assert_num_queries(0):
        early = client.get(made.results_path)

    assert "1 / 12" in body(early)
