"""
What anyone may see of a team's answers: the leader's results, the handout, a member's own
comparison and the summary sent to a supervisor all come from ``team_map`` and nothing else.

The rules:

- Answers are shown in **steps**. In "after closing" mode there is one step, every answer, once
  the survey has closed, and nothing while it is open. In "steps" mode a step is closed each
  time ``threshold`` new answers have come in (``team.store_answer``); the answers left over
  when the survey closes form a last step, shown under the same rule as any other.
- Each **item** (a statement, a dimension) has its own figures: they come from the steps up to
  the last one by which at least ``minimum`` new ratings of that very item had gathered since
  its figures last changed. ``minimum`` is the survey's threshold, but never under
  ``MIN_RATERS``. So no figure is drawn from fewer than five people's ratings, and every
  change of a figure, its first appearance included, adds at least ``minimum`` ratings of that
  item: subtracting two displays never isolates one person.
- A statement shows only how many rated it in three **bands** (disagree 1–2, neutral 3,
  agree 4–5): never the 1–5 counts, nor how many did not know.
- Reflections and recommendations read only figures that are shown; crisis rules see a
  shown statement's median, never one member's answer.

The figures change only when a step closes or the survey closes, so they are computed once for
each such state (``published_state``) and content version, and kept in the cache.
"""

import math
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from statistics import median, quantiles

from django.utils.translation import gettext_lazy as _

from core.page_cache import cached_content

from . import content, scoring
from .models import TeamSurvey
from .team import cache_name, is_closed

MIN_RATERS = 5
SHOWN_STATEMENTS = 3
# A statement divides the team when at least a quarter disagree and a quarter agree.
DIVIDED = 0.25
BANDS = (
    ("disagree", _("disagree"), (1, 2)),
    ("neutral", _("neutral"), (3,)),
    ("agree", _("agree"), (4, 5)),
)


def minimum_for(survey):
    """How many ratings of an item every figure of it, and every change, is drawn from."""
    return max(survey.threshold, MIN_RATERS)


def shown_steps(ratings_per_step, minimum):
    """
    How many of the steps an item's figures may show, given how many ratings of the item
    each step brought: up to the last step by which ``minimum`` new ones had gathered.
    """
    shown, gathered = 0, 0
    for step, ratings in enumerate(ratings_per_step, start=1):
        gathered += ratings
        if gathered >= minimum:
            shown, gathered = step, 0
    return shown


def _disclosed(values_per_step, minimum):
    """The values of the steps an item may show, from its values in each step."""
    upto = shown_steps([len(values) for values in values_per_step], minimum)
    return sorted(chain.from_iterable(values_per_step[:upto]))


def _quartiles(values):
    q1, _q2, q3 = quantiles(values, n=4, method="inclusive")
    return scoring.one_decimal(q1), scoring.one_decimal(q3)


def _round_half_up(value):
    return math.floor(value + 0.5)


@dataclass(frozen=True)
class TeamDimensionScore(scoring.DimensionScore):
    """A dimension's median over the members (``average``), with its quartiles."""

    q1: Decimal | None = None
    q3: Decimal | None = None

    @property
    def spread(self):
        return None if self.q1 is None else self.q3 - self.q1


@dataclass(frozen=True)
class Band:
    key: str
    label: str
    count: int
    percent: int


@dataclass(frozen=True)
class StatementBands:
    """How many of those who rated a statement disagreed, were neutral or agreed."""

    statement: scoring.StatementData
    dimension: scoring.DimensionData
    disagree: int
    neutral: int
    agree: int
    typical: int  # the median rounded half up: for the crisis rules, never shown

    @property
    def rated(self):
        return self.disagree + self.neutral + self.agree

    @property
    def bands(self):
        counts = (self.disagree, self.neutral, self.agree)
        return [
            Band(key, str(label), count, round(100 * count / self.rated))
            for (key, label, _values), count in zip(BANDS, counts, strict=True)
        ]

    @property
    def largest(self):
        """The band most chose (the first of equals, in scale order)."""
        return max(self.bands, key=lambda band: band.count)

    @property
    def consensus(self):
        return self.largest.count / self.rated

    @property
    def division(self):
        """How evenly the team splits between disagreeing and agreeing (0: not at all)."""
        return min(self.disagree, self.agree) / self.rated


def statement_bands(statement, dimension, ratings):
    counts = [sum(1 for value in ratings if value in values) for _key, _label, values in BANDS]
    return StatementBands(statement, dimension, *counts, typical=_round_half_up(median(ratings)))


@dataclass
class TeamMap:
    survey: TeamSurvey
    count: int
    scores: list
    statements: list
    agree: list
    disagree: list
    recommendations: list
    overall: Decimal | None
    closed: bool = False
    counted: int = 0  # the answers the figures are drawn from, where everyone rated an item

    @property
    def left_out(self):
        """Answers in no shown figure: after closing, too few to add without revealing them."""
        return self.count - self.counted

    @property
    def shown(self):
        """True when any figure is shown."""
        return bool(self.statements) or any(s.average is not None for s in self.scores)

    @property
    def minimum(self):
        return minimum_for(self.survey)

    @property
    def next_step(self):
        """The count at which the next step closes ("steps" mode, while open)."""
        return (self.survey.shown_steps + 1) * self.survey.threshold


def steps_of(survey, closed):
    """
    The answer sets ({statement pk: 0–5}) of each step the results may draw from.

    Once closed, every answer counts: the answers no step took while open (all of them in
    "after closing" mode) form the last step. Like any step, an item shows it only when it
    brings at least ``minimum`` new ratings of that item: figures shown while open followed by
    figures from every answer would otherwise tell, by subtraction, how the last few answered.
    """
    rows = survey.responses.all()
    if not closed:
        if survey.reveal != TeamSurvey.Reveal.STEPS:
            return []
        # The steps the survey row says are closed: a step closing meanwhile is not counted.
        rows = rows.filter(step__isnull=False, step__lte=survey.shown_steps)
    by_step = {}
    for step, answers in rows.values_list("step", "answers"):
        key = math.inf if step is None else step
        by_step.setdefault(key, []).append({int(pk): v for pk, v in answers.items()})
    return [by_step[step] for step in sorted(by_step)]


def aggregate(steps, dimension_list, rules, minimum):
    """Scores, shown statements, the most agreed and divided ones, and recommendations."""
    personal = [[scoring.score(dimension_list, answers) for answers in step] for step in steps]
    scores = []
    for index, dimension in enumerate(dimension_list):
        values = _disclosed(
            [
                [own[index].average for own in step if own[index].average is not None]
                for step in personal
            ],
            minimum,
        )
        if values:
            q1, q3 = _quartiles(values)
            scores.append(
                TeamDimensionScore(
                    dimension, scoring.one_decimal(median(values)), len(values), q1, q3
                )
            )
        else:
            scores.append(TeamDimensionScore(dimension, None, 0))
    statements = []
    for dimension in dimension_list:
        for statement in dimension.statements:
            ratings = _disclosed(
                [
                    [a[statement.pk] for a in step if a.get(statement.pk) in scoring.SCALE]
                    for step in steps
                ],
                minimum,
            )
            if ratings:
                statements.append(statement_bands(statement, dimension, ratings))
    split = [s for s in statements if s.division >= DIVIDED]
    disagree = sorted(split, key=lambda s: (-s.division, -s.rated))[:SHOWN_STATEMENTS]
    agreed = [s for s in statements if s not in disagree]
    agree = sorted(agreed, key=lambda s: (-s.consensus, -s.rated))[:SHOWN_STATEMENTS]
    typical = {s.statement.pk: s.typical for s in statements}
    return scores, statements, agree, disagree, scoring.recommend(scores, typical, rules)


def published_state(survey, closed):
    """
    What the figures are drawn from, as one number: every answer once closed; while open, the
    steps shown ("steps" mode) or nothing ("after closing" mode). Any other change (an answer
    that closes no step) leaves the figures as they are.
    """
    if closed:
        return survey.answer_count
    return survey.shown_steps if survey.reveal == TeamSurvey.Reveal.STEPS else 0


def _dimensions(survey, statement_ids, with_reflections):
    if statement_ids is not None:
        return content.dimensions_of(statement_ids, with_reflections=with_reflections)
    return content.survey_dimensions(survey, with_reflections=with_reflections)


def _figures(survey, closed, with_reflections, statement_ids=None):
    dimension_list = _dimensions(survey, statement_ids, with_reflections)
    steps = steps_of(survey, closed)
    minimum = minimum_for(survey)
    figures = aggregate(steps, dimension_list, content.rules(), minimum)
    sizes = [len(step) for step in steps]
    counted = sum(sizes[: shown_steps(sizes, minimum)])
    return figures, counted


def team_map(survey, on=None, *, with_reflections=True, statement_ids=None):
    """
    What anyone may see of ``survey``'s answers now.

    The figures are drawn from the statements the survey asks (``content.survey_dimensions``)
    or, to compare a baseline with its follow-up, from ``statement_ids``; the rules are the
    same either way.

    The figures are cached under the survey, its published state, whether it is closed, and
    the content version (``cached_content``): a new step, closing, or an edit of the map's
    content shows on the next request, and nothing else recomputes them.
    """
    closed = is_closed(survey, on)
    asked = survey.statement_ids if statement_ids is None else statement_ids
    name = (
        f"team-figures:{cache_name(survey)}:{int(closed)}:{published_state(survey, closed)}"
        f":{int(with_reflections)}:{content.statements_key(asked) if asked else 'published'}"
    )
    figures, counted = cached_content(
        name, lambda: _figures(survey, closed, with_reflections, statement_ids)
    )
    scores, statements, agree, disagree, recommendations = figures
    return TeamMap(
        survey,
        survey.answer_count,
        scores,
        statements,
        agree,
        disagree,
        recommendations,
        scoring.overall(scores),
        closed,
        counted,
    )


# A follow-up beside its baseline -------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One dimension in both rounds: each round's median, or None where it shows none."""

    dimension: scoring.DimensionData
    before: TeamDimensionScore
    after: TeamDimensionScore

    @property
    def compared(self):
        return self.before.average is not None and self.after.average is not None

    @property
    def difference(self):
        return self.after.average - self.before.average if self.compared else None


@dataclass
class Comparison:
    """
    A follow-up and the survey it repeats, over the follow-up's statements (the baseline's as
    they were asked), each round's figures under its own rules (``team_map``): shown only
    when both rounds show figures, and a dimension compared only where both rounds show it.
    """

    baseline: TeamSurvey
    before: TeamMap
    after: TeamMap

    @property
    def shown(self):
        return self.before.shown and self.after.shown

    @property
    def changes(self):
        return [
            Change(after.dimension, before, after)
            for before, after in zip(self.before.scores, self.after.scores, strict=True)
        ]

    @property
    def compared(self):
        return [change for change in self.changes if change.compared]


def comparison(follow_up, on=None, *, with_reflections=True):
    """The follow-up beside its baseline, or None when it repeats none (or that is deleted)."""
    baseline = follow_up.follows
    if baseline is None:
        return None
    asked = follow_up.statement_ids or None
    return Comparison(
        baseline,
        team_map(baseline, on, with_reflections=with_reflections, statement_ids=asked),
        team_map(follow_up, on, with_reflections=with_reflections),
    )
