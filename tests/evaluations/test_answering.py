"""Participants answer an evaluation with their single-use codes, without login."""

from datetime import date, datetime

import pytest
from django.db import connection
from django.test import Client

from evaluations.models import EvaluationAnswer, EvaluationCode
from tests.support.evaluations import (
    ANSWER_PATH,
    ENTER_PATH,
    answer,
    answer_data,
    make_process,
    make_round,
)

pytestmark = pytest.mark.django_db


def test_a_participant_answers_once_with_their_code_and_sees_each_goal():
    process = make_process()
    item, codes = make_round(process)
    page = Client().get(ANSWER_PATH.format(codes[0]))
    assert page.status_code == 200
    html = page.content.decode()
    for goal in process.goals.all():
        assert goal.change in html
        assert goal.indicator in html
    assert "Vastauskoodisi" in html or "koodisi" in html  # addressed with "sinä"
    assert page["Cache-Control"].count("no-store") == 1
    assert page["Referrer-Policy"] == "no-referrer"

    sent = answer(codes[0], answer_data(process, [4, 3], 5, 4, 9))
    assert sent.status_code == 302
    assert sent["Location"] == "/arviointi/kiitos/"
    stored = EvaluationAnswer.objects.get()
    goals = list(process.goals.order_by("position"))
    assert stored.goals == {str(goals[0].pk): 4, str(goals[1].pk): 3}
    assert (stored.usefulness, stored.hard_situations, stored.recommend) == (5, 4, 9)
    item.refresh_from_db()
    assert item.answer_count == 1


def test_a_reused_code_is_refused_in_finnish_and_nothing_more_is_stored():
    process = make_process()
    _item, codes = make_round(process)
    assert answer(codes[1], answer_data(process, [2, 2], 3)).status_code == 302
    again = answer(codes[1], answer_data(process, [5, 5], 5))
    assert again.status_code == 410
    assert "Tällä koodilla on jo vastattu" in again.content.decode()
    assert EvaluationAnswer.objects.count() == 1
    assert Client().get(ANSWER_PATH.format(codes[1])).status_code == 410


def test_a_code_typed_by_hand_finds_its_questions():
    process = make_process()
    _item, codes = make_round(process)
    typed = codes[2].replace("-", " ").lower()
    response = Client().post(ENTER_PATH, {"koodi": typed})
    assert response.status_code == 302
    assert response["Location"] == ANSWER_PATH.format(codes[2])
    wrong = Client().post(ENTER_PATH, {"koodi": "AAAA-AAAA-AAAA"})
    assert wrong.status_code == 400
    assert "Tällaista vastauskoodia ei ole" in wrong.content.decode()


def test_bad_answers_are_refused_with_a_finnish_error_and_nothing_stored():
    process = make_process()
    _item, codes = make_round(process)
    for data in ({}, {"hyoty": "7"}, {"suosittelu": "11"}, {"hyoty": "kolme"}):
        response = answer(codes[0], data)
        assert response.status_code == 400
        assert 'role="alert"' in response.content.decode()
    assert EvaluationAnswer.objects.count() == 0
    assert answer(codes[0], {"suosittelu": "0"}).status_code == 302


def test_a_round_not_yet_open_or_closed_takes_no_answer():
    process = make_process()
    _early, early_codes = make_round(process, opens_in=3, closes_in=10)
    _late, late_codes = make_round(process, kind="mid", opens_in=-10, closes_in=-1)
    for code in (early_codes[0], late_codes[0]):
        assert answer(code, answer_data(process, [3, 3], 3)).status_code == 410
    assert EvaluationAnswer.objects.count() == 0


def test_the_questions_speak_the_process_language():
    process = make_process(language="sv")
    _item, codes = make_round(process)
    html = Client().get(ANSWER_PATH.format(codes[0])).content.decode()
    assert 'lang="sv"' in html or "Content-Language" in html
    assert "Skicka mina svar" in html


def test_no_answer_row_holds_a_code_a_time_or_an_address():
    process = make_process()
    item, codes = make_round(process)
    client = Client(REMOTE_ADDR="203.0.113.77", HTTP_USER_AGENT="Testiselain/1.0")
    for code, ratings in zip(codes[3:], ([4, 5], [3, 3], [5, 2]), strict=True):
        answer(code, answer_data(process, ratings, 4, 4, 8), client)
    digests = set(EvaluationCode.objects.values_list("digest", flat=True))
    secrets = {*codes, *(code.replace("-", "") for code in codes), *digests,
               "203.0.113.77", "Testiselain", item.code_seed}  # fmt: skip
    columns = [field.column for field in EvaluationAnswer._meta.concrete_fields]
    assert sorted(columns) == sorted(
        ["id", "round_id", "goals", "usefulness", "hard_situations", "recommend"]
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)} FROM evaluations_evaluationanswer")
        rows = cursor.fetchall()
    assert len(rows) == 3
    for row in rows:
        for value in row:
            assert not isinstance(value, datetime)
            assert not isinstance(value, date)
            text = str(value)
            assert not any(secret in text for secret in secrets)
    # The code row says nothing of its use; which codes answered is on the round's row.
    code_columns = [field.column for field in EvaluationCode._meta.concrete_fields]
    assert sorted(code_columns) == ["digest", "id", "round_id"]
    item.refresh_from_db()
    assert item.used_codes == sorted(item.used_codes)
    assert len(item.used_codes) == 3


def test_the_answer_page_and_an_answer_cost_a_few_queries(django_assert_max_num_queries):
    process = make_process()
    _item, codes = make_round(process)
    client = Client()
    with django_assert_max_num_queries(5):
        assert client.get(ANSWER_PATH.format(codes[0])).status_code == 200
    with django_assert_max_num_queries(9):
        assert answer(codes[0], answer_data(process, [3, 4], 4), client).status_code == 302


def test_robots_txt_keeps_the_evaluation_pages_out_in_every_language():
    robots = Client().get("/robots.txt").content.decode()
    for address in ("/arviointi/", "/sv/utvardering/", "/en/evaluation/"):
        assert f"Disallow: {address}\n" in robots
