"""
The purchaser's and the participants' pages answered early (core.page_cache.EarlyHitMiddleware):
the agreement, the purchaser's evaluations and summary, and a participant's questions, opened
again, come without a query, with the token or code of their own address written in, and an
edit of the process, an acceptance or an answer shows on the very next request.
"""

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse

from processes.models import AgreementTerms, Goal
from tests.support.evaluations import ANSWER_PATH, answer, answer_data, make_process, make_round
from tests.support.supervision import purchaser_token

pytestmark = pytest.mark.django_db


def visitor(number=1):
    return Client(REMOTE_ADDR=f"192.0.2.{number}")


def agreement_path(token):
    return reverse("processes:agreement", args=[token])


def results_path(token):
    return reverse("evaluation_results:results", args=[token])


def summary_path(token):
    return reverse("evaluation_results:summary", args=[token])


def html(response):
    return response.content.decode()


@pytest.mark.parametrize("page", [agreement_path, results_path, summary_path])
def test_a_purchasers_page_opened_again_comes_without_a_query(page, django_assert_num_queries):
    process = make_process()
    make_round(process)
    token = purchaser_token(process)
    path = page(token)
    gzip_asked = {"Accept-Encoding": "gzip"}
    visitor(1).get(path, headers=gzip_asked)  # the agreement's first version is made then
    rendered = visitor(1).get(path, headers=gzip_asked)

    with django_assert_num_queries(0):
        early = visitor(2).get(path, headers=gzip_asked)

    assert early.status_code == 200
    assert html(early) == html(rendered)
    assert token in html(early)
    assert early["Cache-Control"] == rendered["Cache-Control"]
    assert "no-store" in early["Cache-Control"]
    assert early["Referrer-Policy"] == "no-referrer"
    assert early["X-Robots-Tag"] == "noindex"
    # A client's own page is never compressed (core.compression), early or not.
    assert "Content-Encoding" not in early
    assert not early.cookies


def test_each_processes_early_agreement_holds_its_own_token_only():
    tokens = [purchaser_token(make_process(organisation=name)) for name in ("Kunta A", "Kunta B")]
    for token in tokens:
        visitor().get(agreement_path(token))

    first, second = (html(visitor(2).get(agreement_path(token))) for token in tokens)

    assert tokens[0] in first
    assert "Kunta A" in first
    assert tokens[1] not in first
    assert tokens[1] in second
    assert "Kunta B" in second
    assert tokens[0] not in second


def test_an_edit_of_a_goal_or_the_terms_shows_on_the_next_request():
    process = make_process()
    token = purchaser_token(process)
    for _ in range(2):
        visitor().get(agreement_path(token))

    goal = process.goals.order_by("position").first()
    goal.change = "Palaverit alkavat ajallaan."
    goal.save()
    assert "Palaverit alkavat ajallaan." in html(visitor().get(agreement_path(token)))

    terms = AgreementTerms.objects.get(pk=process.terms_id)
    terms.ending_early = "Irtisanomisaika on kaksi viikkoa."
    terms.save()
    assert "Irtisanomisaika on kaksi viikkoa." in html(visitor().get(agreement_path(token)))

    Goal.objects.filter(pk=goal.pk).delete()
    assert "Palaverit alkavat ajallaan." not in html(visitor().get(agreement_path(token)))


def test_after_the_acceptance_the_plain_address_shows_it_accepted():
    process = make_process()
    token = purchaser_token(process)
    first = html(visitor().get(agreement_path(token)))
    assert 'name="confirm"' in html(visitor().get(agreement_path(token)))  # kept early
    version = process.agreement.versions.get()

    accepted = visitor().post(
        reverse("processes:accept", args=[token]),
        {
            "name": "Paula Päällikkö",
            "title": "palvelupäällikkö",
            "confirm": "on",
            "version": "1",
            "digest": version.digest,
        },
    )

    assert accepted.status_code == 302
    shown = html(visitor().get(agreement_path(token)))
    assert shown != first
    assert 'name="confirm"' not in shown
    assert "Paula Päällikkö, palvelupäällikkö" in shown


def test_a_new_link_ends_the_old_links_early_page():
    process = make_process()
    old_token = purchaser_token(process)
    for _ in range(2):
        visitor().get(agreement_path(old_token))

    link = process.agreement
    link.new_manage_key()
    link.save()

    assert visitor().get(agreement_path(old_token)).status_code == 404
    assert visitor().get(agreement_path(link.manage_token)).status_code == 200


def test_an_answer_shows_in_the_purchasers_results_at_once():
    process = make_process()
    _round, codes = make_round(process)
    token = purchaser_token(process)
    before = html(visitor().get(results_path(token)))
    assert html(visitor().get(results_path(token))) == before

    assert answer(codes[0], answer_data(process, [4, 3], 5, 4, 9)).status_code == 302

    assert html(visitor().get(results_path(token))) != before


def test_a_participants_questions_opened_again_come_without_a_query_with_their_code(
    django_assert_num_queries,
):
    process = make_process()
    _round, codes = make_round(process)
    rendered = visitor(1).get(ANSWER_PATH.format(codes[0]))

    with django_assert_num_queries(0):
        early = visitor(2).get(ANSWER_PATH.format(codes[0]))
    other = html(visitor(3).get(ANSWER_PATH.format(codes[1])))

    assert html(early) == html(rendered)
    assert f'action="{ANSWER_PATH.format(codes[0])}"' in html(early)
    assert codes[1] not in html(early)
    assert f'action="{ANSWER_PATH.format(codes[1])}"' in other
    assert codes[0] not in other
    assert "no-store" in early["Cache-Control"]
    assert early["Referrer-Policy"] == "no-referrer"


def test_an_answer_ends_its_codes_early_questions_and_an_edit_shows_on_the_others():
    process = make_process()
    _round, codes = make_round(process)
    for code in codes[:2]:
        for number in range(2):
            visitor(number).get(ANSWER_PATH.format(code))

    assert answer(codes[0], answer_data(process, [4, 3], 5, 4, 9)).status_code == 302
    goal = process.goals.order_by("position").first()
    goal.change = "Palaverit alkavat ajallaan."
    goal.save()

    assert visitor().get(ANSWER_PATH.format(codes[0])).status_code == 410
    assert "Palaverit alkavat ajallaan." in html(visitor().get(ANSWER_PATH.format(codes[1])))


def test_the_early_pages_keep_no_token_or_code_in_the_cache():
    process = make_process()
    _round, codes = make_round(process)
    token = purchaser_token(process)
    for _ in range(2):
        for path in (
            agreement_path(token),
            results_path(token),
            summary_path(token),
            ANSWER_PATH.format(codes[0]),
        ):
            assert visitor().get(path).status_code == 200

    keys = " ".join(cache._cache)
    assert keys.count("early-page:") == 4
    for secret in (token, codes[0]):
        assert secret not in keys
        for value in cache._cache.values():
            assert not isinstance(value, bytes) or secret.encode() not in value
