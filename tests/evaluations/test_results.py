"""What the supervisor and the purchaser see of the rounds: the privacy rules and the change."""

import re
from decimal import ROUND_HALF_UP, Decimal

import pytest
from django.test import Client

from evaluations import rounds
from processes.links import purchaser_link
from tests.support.evaluations import (
    answer,
    answer_data,
    close_by_date,
    make_process,
    make_round,
)
from tests.support.factories import log_in_verified

pytestmark = pytest.mark.django_db

# Six participants at the start and six midway: progress on the two goals and usefulness.
START = {"goal1": [2, 3, 2, 3, 2, 4], "goal2": [3, 3, 4, 2, 3, 3], "useful": [4, 4, 3, 5, 4, 4]}
MID = {"goal1": [4, 4, 3, 4, 5, 3], "goal2": [3, 4, 4, 3, 3, 4], "useful": [5, 4, 4, 5, 4, 5]}


def _mean(values):
    exact = Decimal(sum(values)) / Decimal(len(values))
    return exact.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def _finnish(value):
    return f"{value}".replace(".", ",")


def _answer_round(process, kind, answers, close=True):
    item, codes = make_round(process, kind=kind, code_count=8)
    for index in range(len(answers["goal1"])):
        response = answer(
            codes[index],
            answer_data(
                process,
                [answers["goal1"][index], answers["goal2"][index]],
                usefulness=answers["useful"][index],
            ),
        )
        assert response.status_code == 302
    if close:
        close_by_date(item)
    return item


def _purchaser_page(process):
    token = purchaser_link(process).manage_token
    return Client().get(f"/tyonohjaussopimus/{token}/arvioinnit/"), token


def _cells(html, label):
    """The texts of the table row whose heading holds ``label``."""
    row = re.search(r"<tr><th scope=\"row\">[^<]*" + re.escape(label) + r".*?</tr>", html, re.S)
    assert row, label
    return [re.sub(r"<[^>]+>", " ", cell).split() for cell in re.findall(
        r"<td>(.*?)</td>", row[0], re.S)]  # fmt: skip


def test_two_rounds_of_six_show_the_change_per_goal_computed_by_hand():
    process = make_process()
    goals = list(process.goals.order_by("position"))
    _answer_round(process, "start", START)
    _answer_round(process, "mid", MID)
    page, _token = _purchaser_page(process)
    assert page.status_code == 200
    assert "no-store" in page["Cache-Control"]
    html = page.content.decode()
    for goal, key in zip(goals, ("goal1", "goal2"), strict=True):
        before, after = _mean(START[key]), _mean(MID[key])
        change = after - before
        cells = _cells(html, goal.change)
        assert cells[0] == [_finnish(before), "(6)"]
        sign = "+" if change > 0 else "\u2212" if change < 0 else "±"
        assert cells[1] == [_finnish(after), "(6)", f"{sign}{_finnish(abs(change))}"]
    # By hand: goal 1 from 16/6 = 2.67 to 23/6 = 3.83: 2,7 → 3,8, +1,1.
    assert _cells(html, goals[0].change)[1][-1] == "+1,1"
    assert _cells(html, goals[1].change)[1][-1] == "+0,5"
    # The chart beside the table, with a bar for each round of each goal.
    assert html.count('class="evaluation-chart__bar evaluation-chart__bar--1"') >= 3
    assert '<svg class="evaluation-chart"' in html


def test_nothing_but_the_count_is_shown_with_two_answers():
    process = make_process()
    few = {key: values[:2] for key, values in START.items()}
    _answer_round(process, "start", few)
    html = _purchaser_page(process)[0].content.decode()
    assert "2 / 8 vastannut" in html
    assert "evaluation-chart" not in html
    for value in {_mean(few["goal1"]), _mean(few["goal2"]), _mean(few["useful"])}:
        assert f">{_finnish(value)}<" not in html
    assert html.count("ei näytetä") >= 3


def test_figures_wait_for_the_round_to_close():
    process = make_process()
    item = _answer_round(process, "start", START, close=False)
    html = _purchaser_page(process)[0].content.decode()
    assert "6 / 8 vastannut" in html
    assert _finnish(_mean(START["goal1"])) not in html
    rounds.close(item)
    html = _purchaser_page(process)[0].content.decode()
    assert _cells(html, process.goals.first().change)[0][0] == _finnish(_mean(START["goal1"]))


def test_a_question_fewer_answered_than_the_threshold_is_not_shown():
    process = make_process()
    item, codes = make_round(process, code_count=8)
    for index, code in enumerate(codes[:6]):
        # Only four rate the second goal.
        goal2 = 4 if index < 4 else None
        answer(code, answer_data(process, [3, goal2], usefulness=4))
    close_by_date(item)
    html = _purchaser_page(process)[0].content.decode()
    goals = list(process.goals.order_by("position"))
    assert _cells(html, goals[0].change)[0] == ["3,0", "(6)"]
    assert _cells(html, goals[1].change)[0] == ["ei", "näytetä"]


def test_the_summary_is_one_a4_page_as_html_and_pdf():
    from io import BytesIO

    from pypdf import PdfReader

    process = make_process()
    _answer_round(process, "start", START)
    _answer_round(process, "mid", MID)
    _page, token = _purchaser_page(process)
    summary = Client().get(f"/tyonohjaussopimus/{token}/arvioinnit/yhteenveto/")
    assert summary.status_code == 200
    assert "+1,1" in summary.content.decode()
    pdf = Client().get(f"/tyonohjaussopimus/{token}/arvioinnit/yhteenveto.pdf")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    reader = PdfReader(BytesIO(pdf.content))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    for goal in process.goals.all():
        assert goal.change in text
    assert "2,7 (6) 3,8 (6) +1,1" in text
    assert "+1,1" in text
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)


def test_an_unknown_token_finds_nothing():
    response = Client().get("/tyonohjaussopimus/" + "a" * 64 + "/arvioinnit/")
    assert response.status_code == 404
    assert "no-store" in response["Cache-Control"]


def test_the_supervisor_sees_the_same_figures_in_the_admin(admin_user):
    process = make_process()
    first = _answer_round(process, "start", START)
    _answer_round(process, "mid", MID)
    client = Client()
    log_in_verified(client, admin_user)
    html = client.get(f"/hallinta/evaluations/evaluationround/{first.pk}/tulokset/").content
    html = html.decode()
    assert _cells(html, process.goals.order_by("position").first().change)[1][-1] == "+1,1"


def test_the_agreements_page_links_to_the_purchasers_evaluations():
    process = make_process()
    token = purchaser_link(process).manage_token
    html = Client().get(f"/tyonohjaussopimus/{token}/").content.decode()
    assert (
        f'<a href="/tyonohjaussopimus/{token}/arvioinnit/">Arvioinnit ja niiden tulokset</a>'
        in html
    )
