"""Scoring of the work community map: averages, bands, reflections, recommendations, codes."""

import pytest

from community_map import codes
from community_map.scoring import (
    DimensionData,
    RuleData,
    StatementData,
    band_for,
    overall,
    recommend,
    score,
)

BASIC_TASK = DimensionData(
    pk=1,
    slug="perustehtava",
    name="Perustehtävä",
    statements=(StatementData(11, "a"), StatementData(12, "b"), StatementData(13, "c")),
    reflections={"low": "Heikko.", "middle": "Keskitaso.", "high": "Vahvuus."},
)
CLIMATE = DimensionData(
    pk=2,
    slug="tunnemaailma",
    name="Tunnemaailma",
    statements=(
        StatementData(21, "d"),
        StatementData(22, "kriisi", reverse_scored=True, crisis=True),
    ),
)
LEADERSHIP = DimensionData(
    pk=3, slug="johtajuus", name="Johtajuus", statements=(StatementData(31, "e"),)
)
DIMENSIONS = [BASIC_TASK, CLIMATE, LEADERSHIP]


def rule(kind, threshold, form, dimension_pk=None, reason="Syy."):
    return RuleData(kind, threshold, form, f"/palvelut/{form}/", reason, dimension_pk)


def by_slug(scores):
    return {item.dimension.slug: item for item in scores}


def test_average_ignores_dont_know_answers():
    scores = by_slug(score(DIMENSIONS, {11: 4, 12: 0, 13: 2}))

    assert scores["perustehtava"].average == 3.0
    assert scores["perustehtava"].answered == 2


def test_a_dimension_without_answers_is_unanswered_not_zero():
    scores = by_slug(score(DIMENSIONS, {11: 5, 21: 0, 22: 0}))

    assert scores["tunnemaailma"].average is None
    assert scores["tunnemaailma"].answered == 0
    assert scores["tunnemaailma"].band is None
    assert scores["johtajuus"].average is None  # not answered at all
    assert overall(score(DIMENSIONS, {11: 5})) == 5.0


def test_no_answers_at_all_gives_no_overall_score():
    assert overall(score(DIMENSIONS, {})) is None


def test_reverse_scored_statement_counts_the_other_way():
    scores = by_slug(score(DIMENSIONS, {21: 4, 22: 5}))

    assert scores["tunnemaailma"].average == 2.5  # (4 + (6 - 5)) / 2


@pytest.mark.parametrize(
    ("average", "band"),
    [(1.0, "low"), (2.49, "low"), (2.5, "middle"), (3.0, "middle"), (3.5, "middle"),
     (3.51, "high"), (5.0, "high"), (None, None)],
)  # fmt: skip
def test_score_bands(average, band):
    assert band_for(average) == band


@pytest.mark.parametrize(
    ("answers", "reflection"),
    [({11: 1, 12: 2}, "Heikko."), ({11: 3, 12: 3}, "Keskitaso."), ({11: 5, 12: 4}, "Vahvuus.")],
)
def test_score_band_picks_the_reflection(answers, reflection):
    assert by_slug(score(DIMENSIONS, answers))["perustehtava"].reflection == reflection


def test_weak_leadership_recommends_managerial_supervision():
    rules = [rule("dimension_below", 3.0, "esihenkiloiden-tyonohjaus", dimension_pk=3)]

    weak = recommend(score(DIMENSIONS, {31: 2}), {31: 2}, rules)
    strong = recommend(score(DIMENSIONS, {31: 4}), {31: 4}, rules)
    unanswered = recommend(score(DIMENSIONS, {}), {}, rules)

    assert [r.form_name for r in weak] == ["esihenkiloiden-tyonohjaus"]
    assert strong == []
    assert unanswered == []


def test_an_acute_crisis_recommends_situational_supervision():
    rules = [rule("crisis_at_least", 4, "tilannetyonohjaus")]

    assert recommend(score(DIMENSIONS, {22: 4}), {22: 4}, rules)[0].form_name == "tilannetyonohjaus"
    assert recommend(score(DIMENSIONS, {22: 3}), {22: 3}, rules) == []
    assert recommend(score(DIMENSIONS, {22: 0}), {22: 0}, rules) == []


def test_one_recommendation_per_form_with_its_strongest_reason():
    rules = [
        rule("overall_below", 2.5, "yhteiso", reason="Kokonaisuus."),
        rule("dimension_below", 3.0, "yhteiso", dimension_pk=1, reason="Perustehtävä."),
        rule("dimension_below", 3.0, "ryhma", dimension_pk=2, reason="Tunteet."),
    ]
    answers = {11: 1, 12: 2, 21: 2, 31: 2}  # basic task 1.5, climate 2.0, overall 1.8

    recommendations = recommend(score(DIMENSIONS, answers), answers, rules)

    assert [(r.form_name, r.basis, str(r.score), r.reason) for r in recommendations] == [
        ("yhteiso", "Perustehtävä", "1.5", "Perustehtävä."),
        ("ryhma", "Tunnemaailma", "2.0", "Tunteet."),
    ]


def test_the_forms_are_ordered_by_how_far_below_the_threshold_the_answers_fall():
    rules = [
        rule("dimension_below", 3.0, "yhteiso", dimension_pk=1),
        rule("dimension_below", 3.0, "ryhma", dimension_pk=2),
        rule("dimension_below", 3.0, "esihenkilot", dimension_pk=3),
    ]
    answers = {11: 2, 21: 1, 31: 3}  # 2.0, 1.0 and 3.0 (not below)

    recommendations = recommend(score(DIMENSIONS, answers), answers, rules)

    assert [r.form_name for r in recommendations] == ["ryhma", "yhteiso"]


def test_a_crisis_comes_first_even_when_two_forms_point_more_strongly_elsewhere():
    rules = [
        rule("dimension_below", 3.0, "yhteiso", dimension_pk=1),
        rule("dimension_below", 3.0, "esihenkilot", dimension_pk=3),
        rule("crisis_at_least", 4, "tilanne"),
    ]
    answers = {11: 1, 12: 1, 13: 1, 22: 5, 31: 1}

    recommendations = recommend(score(DIMENSIONS, answers), answers, rules)

    assert [(r.form_name, r.basis) for r in recommendations] == [
        ("tilanne", "crisis"),
        ("yhteiso", "Perustehtävä"),
    ]


KNOWN = {11, 12, 13, 21, 22, 31}


@pytest.mark.parametrize(
    "answers", [{11: 4, 12: 0, 13: 2, 21: 5, 22: 1, 31: 3}, {11: 0}, {31: 5, 11: 1}]
)
def test_shareable_code_round_trips_exactly(answers):
    code = codes.encode(answers)

    assert codes.decode(code, KNOWN) == answers


@pytest.mark.parametrize(
    "code",
    ["", "11-6", "11-9.12-1", "11--1", "11-3.11-4", "99-3", "11-3,12-4", "abc", "11-3.", "0-3",
     "11-3." * 500, "11-٣", "11-3 ", "011-3"],
)  # fmt: skip
def test_tampered_or_out_of_range_codes_are_refused(code):
    with pytest.raises(codes.InvalidMapCode):
        codes.decode(code, KNOWN)


@pytest.mark.parametrize("code", ["11-3\n", "11-3.12-4\n", "11-3\n.12-4", "\n11-3"])
def test_a_code_with_a_line_break_is_refused(code):
    with pytest.raises(codes.InvalidMapCode):
        codes.decode(code, KNOWN)
