"""No answer set gives more than two recommendations, or one form twice (property-based)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from community_map.scoring import DimensionData, RuleData, StatementData, recommend, score

FORMS = ["yhteiso", "ryhma", "yksilo", "esihenkilot", "tilanne"]
DIMENSIONS = [
    DimensionData(
        pk=dimension,
        slug=f"d{dimension}",
        name=f"Ulottuvuus {dimension}",
        statements=tuple(
            StatementData(
                10 * dimension + n, "v", reverse_scored=n == 2, crisis=(dimension, n) == (4, 3)
            )
            for n in range(1, 5)
        ),
    )
    for dimension in range(1, 7)
]
STATEMENTS = [s.pk for d in DIMENSIONS for s in d.statements]


def _rules():
    """The seeded shape: several rules per form, a crisis rule and an overall rule."""
    rules = [
        RuleData("dimension_below", 3.0, form, f"/palvelut/{form}/", f"Syy {d}.", d)
        for d, form in zip(range(1, 7), ["yhteiso", "ryhma", "yhteiso", "yhteiso", "yksilo",
                                         "esihenkilot"], strict=True)
    ]  # fmt: skip
    rules.append(RuleData("dimension_below", 3.0, "ryhma", "/palvelut/ryhma/", "Oppiminen.", 5))
    rules.append(RuleData("crisis_at_least", 4.0, "tilanne", "/palvelut/tilanne/", "Kriisi.", None))
    rules.append(RuleData("overall_below", 2.5, "yhteiso", "/palvelut/yhteiso/", "Kaikki.", None))
    return rules


RULES = _rules()


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from(STATEMENTS), st.integers(min_value=0, max_value=5)))
def test_no_answer_set_gives_more_than_two_recommendations_or_a_duplicate(answers):
    recommendations = recommend(score(DIMENSIONS, answers), answers, RULES)

    assert len(recommendations) <= 2
    assert len({r.form_url for r in recommendations}) == len(recommendations)
    assert len({r.form_name for r in recommendations}) == len(recommendations)
    strengths = [r.strength for r in recommendations]
    assert strengths == sorted(strengths, reverse=True)
    if answers.get(43, 0) >= 4:
        assert recommendations[0].basis == "crisis"


def test_every_statement_at_its_lowest_still_gives_two_forms_at_most():
    answers = dict.fromkeys(STATEMENTS, 1)

    recommendations = recommend(score(DIMENSIONS, answers), answers, RULES)

    assert [r.form_name for r in recommendations] == ["yhteiso", "ryhma"]
