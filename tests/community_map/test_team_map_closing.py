"""After closing, the team map counts every answer, as far as no one's answers can be told apart."""

import re

import pytest

from community_map import content
from tests.support.team_maps import dimension_answers, new_survey

pytestmark = pytest.mark.django_db


def _median_row(html, name):
    match = re.search(rf"{name}<span[^>]*>(\d+) vastaaja[^<]*</span></th><td>([\d,]+)</td>", html)
    return match and (int(match[1]), match[2])


def test_a_closed_survey_with_six_answers_and_a_minimum_of_five_shows_all_six(client):
    made = new_survey(threshold="5", member_count="6", reveal="closed")
    for value in (1, 1, 2, 2, 5, 5):
        made.answer(dimension_answers([value] * 6))
    client.post(made.results_path + "sulje/")

    html = client.get(made.results_path).content.decode()
    handout = client.get(made.results_path + "tuloste/").content.decode()

    name = content.dimensions()[0].name
    assert _median_row(html, name) == (6, "2,0")  # 1 1 2 2 5 5; of the first five it is 2,0 too
    assert _median_row(handout, name) == (6, "2,0")
    assert "Kaikki 6 vastausta on laskettu mukaan." in html


def test_answers_after_the_last_open_step_join_once_five_more_have_come(client):
    made = new_survey(threshold="5", member_count="12", reveal="steps")
    for value in (1, 1, 1, 1, 1, 5):
        made.answer(dimension_answers([value] * 6))
    client.post(made.results_path + "sulje/")
    name = content.dimensions()[0].name

    one_late = client.get(made.results_path).content.decode()

    # Five were shown while open: adding the sixth now would show exactly how the sixth answered.
    assert _median_row(one_late, name) == (5, "1,0")
    assert "Viimeisimmän päivityksen jälkeen on tullut 1 vastaus" in one_late


def test_answers_no_open_step_showed_are_counted_at_closing_once_five_new_have_come(client):
    # Steps of four, but a figure changes only by five new ratings: while open, four answers
    # show nothing and eight show all eight; closing with seven shows all seven.
    made = new_survey(threshold="4", member_count="12", reveal="steps")
    for value in (1, 1, 1, 1, 5, 5, 5):
        made.answer(dimension_answers([value] * 6))
    name = content.dimensions()[0].name

    assert _median_row(client.get(made.results_path).content.decode(), name) is None
    client.post(made.results_path + "sulje/")
    closed = client.get(made.results_path).content.decode()

    assert _median_row(closed, name) == (7, "1,0")
    assert "Kaikki 7 vastausta on laskettu mukaan." in closed
