"""
What the team map discloses: nothing from fewer than five people's ratings, statements only as
three bands, and figures that change only in steps of at least the threshold's worth of new
ratings of that very statement or dimension, so that no one's answers can be subtracted out.
"""

import re
from html import unescape

import pytest
from django.db import transaction
from django.test import Client

from community_map import content, team
from community_map.models import TeamResponse
from community_map.summary import summarise_team
from community_map.team_figures import BANDS, shown_steps
from tests.support.map_answers import all_statements
from tests.support.team_maps import dimension_answers, new_survey

pytestmark = pytest.mark.django_db

ROW = re.compile(
    r'<tr data-statement="(\d+)"><th scope="row">[^<]*</th>'
    r"<td>(\d+)</td><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td></tr>"
)


def statement_rows(html):
    """{statement pk: (disagree, neutral, agree, rated)} of the results page's table."""
    return {int(pk): tuple(map(int, counts)) for pk, *counts in ROW.findall(html)}


def without_secrets(html, *secrets):
    for secret in secrets:
        html = html.replace(secret, "SECRET")
    return html


def bands_of(ratings):
    counts = [sum(1 for r in ratings if r in values) for _key, _label, values in BANDS]
    return (*counts, len(ratings))


# The rule on its own ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ratings_per_step", "minimum", "expected"),
    [
        ([], 5, 0),
        ([3], 5, 0),  # three ratings: nothing
        ([3, 2], 5, 2),  # five by the second step
        ([5, 4], 5, 1),  # the second step's four wait
        ([5, 4, 1], 5, 3),  # and show with the third's one
        ([6, 0, 0], 5, 1),  # steps without a rating of it change nothing
        ([2, 2, 2, 2, 2], 5, 3),  # 6 ratings by step 3; the 4 after it wait
        ([3, 3, 3], 3, 3),  # a threshold above five would be the minimum instead
    ],
)
def test_an_item_shows_up_to_the_last_step_that_gathered_the_minimum(
    ratings_per_step, minimum, expected
):
    assert shown_steps(ratings_per_step, minimum) == expected


# The leader who answers with codes ---------------------------------------------------------------


def test_a_leader_answering_with_two_codes_learns_nothing_of_the_one_member_who_answers():
    """
    Threshold 3: the leader answers twice with codes, one member once. No page shows a figure
    (fewer than five ratings), so nothing on them differs between the member answering "1" and
    "5" to a statement; and each shows that three codes have answered.
    """
    made = new_survey(threshold="3", member_count="8", reveal="steps")
    statement = all_statements()[0]
    leader_answers = [dimension_answers([1] * 6), dimension_answers([5] * 6)]
    leader_own_pages = [made.answer(data)["Location"] for data in leader_answers]
    member_code = made.unused[0]

    def what_everyone_sees(member_value):
        member_answers = dimension_answers([3] * 6)
        member_answers[f"s{statement.pk}"] = str(member_value)
        seen = {}
        with transaction.atomic():
            response = Client().post(made.answer_path(member_code), member_answers)
            assert response.status_code == 302
            for when in ("open", "closed"):
                client = Client()
                pages = {
                    "results": made.results_path,
                    "handout": made.results_path + "tuloste/",
                    **{f"leader's own {n}": path for n, path in enumerate(leader_own_pages)},
                }
                for name, path in pages.items():
                    page = client.get(path)
                    assert page.status_code == 200, (when, name)
                    seen[when, name] = without_secrets(
                        page.content.decode(), made.results_token, member_code
                    )
                seen[when, "summary"] = summarise_team(team.reference_for(made.survey))
                client.post(made.results_path + "sulje/")
            transaction.set_rollback(True)
        return seen

    answered_one, answered_five = what_everyone_sees(1), what_everyone_sees(5)

    assert answered_one == answered_five
    for (when, name), html in answered_one.items():
        assert "team-statements__figure" not in html, (when, name)
        assert "team-distributions" not in html, (when, name)
        assert "team-chart__band" not in html, (when, name)
        assert "ediaani" not in html, (when, name)
    assert "3 / 8 vastannut" in answered_one["open", "results"]
    assert "3 / 8 vastannut" in answered_one["closed", "handout"]
    assert answered_one["open", "summary"].splitlines()[1].startswith("3 / 8 vastannut")


# Steps -------------------------------------------------------------------------------------------

# Who rates the first statement ("-": don't know) in 18 answers, in three-answer steps: the
# rule must hold back the steps that bring fewer than five new ratings of it.
FIRST_STATEMENT = "1 2 - | 4 5 - | - - 1 | 3 - 4 | 5 - - | 2 2 2"


def _answers_by_step(survey):
    steps = {}
    for step, answers in TeamResponse.objects.filter(survey=survey, step__isnull=False).values_list(
        "step", "answers"
    ):
        steps.setdefault(step, []).append(answers)
    return [steps[number] for number in sorted(steps)]


def test_between_two_displayed_steps_no_statement_changes_by_fewer_than_the_threshold():
    made = new_survey(threshold="3", member_count="18", reveal="steps")
    statements = all_statements()
    first = statements[0]
    plan = [value for value in FIRST_STATEMENT.split() if value != "|"]
    results = Client()
    shown_before = {}
    changes = {}
    for number, value in enumerate(plan):
        data = {f"s{s.pk}": str((number + index) % 6) for index, s in enumerate(statements)}
        data[f"s{first.pk}"] = "0" if value == "-" else value
        assert made.answer(data).status_code == 302

        html = results.get(made.results_path).content.decode()
        shown = statement_rows(html)
        steps = [
            [{int(k): v for k, v in answers.items()} for answers in step_answers]
            for step_answers in _answers_by_step(made.survey)
        ]
        for pk, figures in shown.items():
            before = shown_before.get(pk, (0, 0, 0, 0))
            if figures == before:
                continue
            # Each band only grows, and the change adds at least five ratings of it ...
            assert all(now >= then for now, then in zip(figures, before, strict=True)), pk
            assert figures[3] - before[3] >= max(3, 5), (number, pk, before, figures)
            # ... and is exactly the statement's ratings in the first k steps, for some k.
            prefixes = [
                bands_of(
                    [a[pk] for step in steps[:k] for a in step if a.get(pk, 0) in (1, 2, 3, 4, 5)]
                )
                for k in range(1, len(steps) + 1)
            ]
            assert figures in prefixes, (number, pk, figures, prefixes)
            changes[pk] = changes.get(pk, 0) + 1
        assert set(shown_before) <= set(shown), "a statement once shown stays shown"
        shown_before = shown

    # The first statement: 2 ratings in step 1, 2 in step 2 (4: hidden), 1 in step 3 (5: shown),
    # 2 in step 4 and 1 in step 5 (3: held back), 3 in step 6 (6: shown again).
    assert statement_rows(results.get(made.results_path).content.decode())[first.pk] == bands_of(
        [1, 2, 4, 5, 1, 3, 4, 5, 2, 2, 2]
    )
    assert changes[first.pk] == 2
    assert max(changes.values()) >= 2


def test_a_dimensions_figures_change_only_with_five_new_raters_too():
    made = new_survey(threshold="3", member_count="12", reveal="steps")
    dimension = content.dimensions()[0]
    rated_row = re.compile(
        rf'<th scope="row">{re.escape(dimension.name)}<span class="team-table__rated">(\d+) '
    )
    results = Client()
    rated = []
    for number in range(12):
        data = dimension_answers([3] * 6)
        if number % 3 == 2:  # every third member leaves the first dimension unrated
            data.update({f"s{s.pk}": "0" for s in dimension.statements})
        made.answer(data)
        shown = rated_row.search(results.get(made.results_path).content.decode())
        rated.append(int(shown[1]) if shown else 0)

    # Two raters a step: hidden until the third step brings six; the fourth's two wait.
    assert rated == [0] * 8 + [6] * 4


# Bands -------------------------------------------------------------------------------------------


def test_a_statement_shows_three_bands_never_its_five_counts_nor_dont_know():
    made = new_survey(threshold="5", member_count="6", reveal="steps")
    statement = all_statements()[0]
    for value in (1, 2, 3, 4, 5):
        data = dimension_answers([3] * 6)
        data[f"s{statement.pk}"] = str(value)
        made.answer(data)

    html = Client().get(made.results_path).content.decode()

    assert statement_rows(html)[statement.pk] == (2, 1, 2, 5)
    table = unescape(html[html.find("team-distributions__table") :])
    table = table[: table.find("</table>")]
    for heading in ("Eri mieltä", "Neutraali", "Samaa mieltä", "Vastaajia"):
        assert f">{heading}</th>" in table
    assert "En osaa sanoa" not in table
    assert ">1</th>" not in table
    assert ">5</th>" not in table


def test_in_after_closing_mode_figures_appear_only_once_closed():
    made = new_survey(threshold="5", member_count="6", reveal="closed")
    for value in (2, 3, 4, 5, 5, 1):
        made.answer(dimension_answers([value] * 6))
    results = Client()

    open_html = results.get(made.results_path).content.decode()
    results.post(made.results_path + "sulje/")
    closed_html = results.get(made.results_path).content.decode()

    assert "6 / 6 vastannut" in open_html
    assert "map-result__figures" not in open_html
    assert "vasta kyselyn sulkeuduttua" in open_html
    assert "map-result__figures" in closed_html
    assert ">3,5</td>" in closed_html  # the median of 1, 2, 3, 4, 5, 5


def test_answers_left_over_stay_hidden_after_closing_in_steps_mode():
    made = new_survey(threshold="5", member_count="8", reveal="steps")
    for value in (2, 3, 4, 5, 1, 5, 5):
        made.answer(dimension_answers([value] * 6))
    results = Client()
    before = results.get(made.results_path).content.decode()

    results.post(made.results_path + "sulje/")
    after = results.get(made.results_path).content.decode()

    assert ">3,0</td>" in before  # the first five: 1, 2, 3, 4, 5
    assert statement_rows(after) == statement_rows(before)
    assert re.findall(r"<td>[0-9],[0-9]</td>", after) == re.findall(r"<td>[0-9],[0-9]</td>", before)


def test_medians_and_spreads_equal_hand_computed_values():
    made = new_survey(threshold="5", member_count="5", reveal="steps")
    # Dimension scores of five members; the first dimension is 1, 2, 3, 4, 5: median 3,
    # quartiles by linear interpolation over positions 0–4: 2 and 4.
    for values in ([1, 3, 3, 2, 5, 1], [2, 3, 4, 2, 5, 2], [3, 3, 4, 3, 5, 2], [4, 3, 5, 4, 5, 5]):
        made.answer(dimension_answers(values))
    made.answer(dimension_answers([5, 3, 4, 4, 5, 4]))

    html = Client().get(made.results_path).content.decode()
    rows = re.findall(
        r'<tr><th scope="row">([^<]+)<span class="team-table__rated">5 vastaajaa</span></th>'
        r"<td>([^<]+)</td><td>([^<]+)</td>",
        html,
    )

    assert [(median, spread) for _name, median, spread in rows] == [
        ("3,0", "2,0–4,0"),
        ("3,0", "3,0–3,0"),
        ("4,0", "4,0–4,0"),  # 3, 4, 4, 4, 5
        ("3,0", "2,0–4,0"),  # 2, 2, 3, 4, 4
        ("5,0", "5,0–5,0"),
        ("2,0", "2,0–4,0"),  # 1, 2, 2, 4, 5
    ]


def test_the_members_comparison_shows_exactly_what_the_results_show():
    made = new_survey(threshold="5", member_count="8", reveal="steps")
    own_pages = [made.answer(dimension_answers([v] * 6))["Location"] for v in (5, 1, 3, 2, 4, 4)]
    client = Client()

    results = client.get(made.results_path).content.decode()
    own = client.get(own_pages[0]).content.decode()

    team_figures = re.findall(r"(\d,\d) \((\d,\d)–(\d,\d)\)</td>", own)
    results_figures = re.findall(r"<td>(\d,\d)</td><td>(\d,\d)–(\d,\d)</td>", results)
    assert team_figures == results_figures
    assert team_figures[0] == ("3,0", "2,0", "4,0")  # the first step: 5, 1, 3, 2, 4
    assert "team-distributions" not in own
    assert "team-statements" not in own


def test_the_members_comparison_waits_for_closing_as_the_results_do():
    made = new_survey(threshold="5", member_count="6", reveal="closed")
    own_pages = [made.answer(dimension_answers([v] * 6))["Location"] for v in (5, 1, 3, 2, 4)]

    own = Client().get(own_pages[0]).content.decode()

    assert "team-chart__band" not in own
    assert "kyselyn sulkeuduttua" in own
