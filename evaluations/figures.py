"""
What anyone may see of a round's answers: the supervisor's results, the purchaser's page, the
one-page summary and its PDF all come from ``process_results`` and nothing else.

The rules, as the team map's (community_map.team_figures):

- Nothing but the count while a round is open: figures only once it has closed (by its last
  day or early), when no answer can be added to them.
- Nothing but the count when fewer than the round's ``threshold`` (at least 3) answered.
- A question's figures only when at least ``threshold`` answered that very question.
- The change since the previous round only between two shown figures of the same goal.

Every figure is rounded once, to one decimal, when it is computed; a change is the difference
of the two shown figures, so what a page shows adds up.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _

from community_map.scoring import mean

from . import rounds
from .models import EvaluationRound

# The common questions after the goals: (field, label, highest value, high values).
QUESTIONS = (
    ("usefulness", _("Usefulness of the sessions"), 5, (4, 5)),
    ("hard_situations", _("The group's ability to work on hard situations"), 5, (4, 5)),
    ("recommend", _("Would recommend work supervision (0–10)"), 10, (9, 10)),
)


@dataclass(frozen=True)
class Figure:
    """One question's figure in one round: how many answered it and, when shown, the mean."""

    answered: int
    average: Decimal | None
    # The share (%) of high ratings (4–5 of 5, 9–10 of 10); None when not shown.
    high_percent: int | None = None

    @property
    def shown(self):
        return self.average is not None


@dataclass
class RoundResults:
    round: EvaluationRound
    closed: bool
    count: int
    goals: dict = field(default_factory=dict)  # goal pk: Figure
    questions: dict = field(default_factory=dict)  # field name: Figure

    @property
    def shown(self):
        """True when the round's figures may be shown at all (closed, enough answers)."""
        return self.closed and self.count >= self.round.threshold


def _figure(values, threshold, high=None):
    values = [value for value in values if value is not None]
    if len(values) < threshold:
        return Figure(len(values), None)
    high_percent = None
    if high is not None:
        high_percent = round(100 * sum(1 for value in values if value in high) / len(values))
    return Figure(len(values), mean(values), high_percent)


def round_results(evaluation_round, goals, answers=None):
    """The figures of one round that may be shown, for the process's ``goals``."""
    closed = rounds.is_closed(evaluation_round)
    results = RoundResults(evaluation_round, closed, evaluation_round.answer_count)
    if not results.shown:
        return results
    if answers is None:
        answers = list(evaluation_round.answers.all())
    threshold = evaluation_round.threshold
    for goal in goals:
        key = str(goal.pk)
        results.goals[goal.pk] = _figure([answer.goals.get(key) for answer in answers], threshold)
    for name, _label, _top, high in QUESTIONS:
        results.questions[name] = _figure(
            [getattr(answer, name) for answer in answers], threshold, high
        )
    return results


@dataclass(frozen=True)
class Cell:
    """A figure in the comparison table, with its change since the previous round."""

    figure: Figure | None
    change: Decimal | None = None


@dataclass
class Row:
    label: str
    indicator: str
    top: int
    cells: list  # one Cell per round

    @property
    def total_change(self):
        """From the first shown figure to the last one; None with fewer than two."""
        shown = [cell.figure.average for cell in self.cells if cell.figure and cell.figure.shown]
        return shown[-1] - shown[0] if len(shown) >= 2 else None


def _row(label, indicator, top, figures):
    cells, previous = [], None
    for figure in figures:
        change = None
        if figure is not None and figure.shown and previous is not None and previous.shown:
            change = figure.average - previous.average
        cells.append(Cell(figure, change))
        previous = figure
    return Row(str(label), indicator, top, cells)


@dataclass
class ProcessResults:
    process: object
    rounds: list  # RoundResults, oldest first
    goal_rows: list
    question_rows: list

    @property
    def shown(self):
        return any(results.shown for results in self.rounds)


def process_results(process):
    """Every round of ``process`` and, per goal and question, the change since the last round."""
    goals = list(process.goals.order_by("position", "pk"))
    round_list = list(
        process.evaluation_rounds.order_by("opens_on", "pk").prefetch_related("answers")
    )
    results = [round_results(item, goals, list(item.answers.all())) for item in round_list]
    goal_rows = [
        _row(goal.change, goal.indicator, 5, [r.goals.get(goal.pk) for r in results])
        for goal in goals
    ]
    question_rows = [
        _row(label, "", top, [r.questions.get(name) for r in results])
        for name, label, top, _high in QUESTIONS
    ]
    return ProcessResults(process, results, goal_rows, question_rows)
