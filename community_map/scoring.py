"""
Scoring of a work community map: pure functions over plain data, tested on their own.

An answer is a number: 1 (täysin eri mieltä) … 5 (täysin samaa mieltä), or 0 for
"en osaa sanoa", which counts for nothing. A dimension's score is the average of its answered
statements (reverse-scored ones turned around); with none answered it is *unanswered*, never 0.

Every figure is rounded once, by ``one_decimal``, when it is computed: the bands, the rules and
every page, email, attachment and handout then use the very number the map shows.
"""

import math
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

NOT_SURE = 0
SCALE = (1, 2, 3, 4, 5)
LOW_BELOW = 2.5
HIGH_ABOVE = 3.5
ONE_DECIMAL = Decimal("0.1")


def one_decimal(value):
    """``value`` rounded half up to one decimal, as a Decimal: 3.25 → 3.3, 2.75 → 2.8."""
    if value is None:
        return None
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    return exact.quantize(ONE_DECIMAL, rounding=ROUND_HALF_UP)


def mean(values):
    """The exact mean of ``values`` (ints or Decimals), rounded by ``one_decimal``."""
    return one_decimal(sum(Decimal(value) for value in values) / len(values))


@dataclass(frozen=True)
class StatementData:
    pk: int
    text: str
    reverse_scored: bool = False
    crisis: bool = False


@dataclass(frozen=True)
class DimensionData:
    pk: int
    slug: str
    name: str
    description: str = ""
    question: str = ""
    statements: tuple = ()
    reflections: dict = field(default_factory=dict)  # band -> text


@dataclass(frozen=True)
class RuleData:
    kind: str
    threshold: float
    form_name: str
    form_url: str
    reason: str
    dimension_pk: int | None = None


@dataclass(frozen=True)
class DimensionScore:
    dimension: DimensionData
    average: float | None
    answered: int

    @property
    def band(self):
        return band_for(self.average)

    @property
    def reflection(self):
        return self.dimension.reflections.get(self.band, "") if self.band else ""


@dataclass(frozen=True)
class Recommendation:
    """A form of supervision the answers point to, and the one reason that points most strongly.

    ``basis`` names what the reason rests on: a dimension's name with ``score``, "overall"
    with the average of all dimensions, or "crisis" for the acute-crisis statements.
    """

    form_name: str
    form_url: str
    reason: str
    basis: str
    score: Decimal | None = None
    strength: float = 0.0


MAX_RECOMMENDATIONS = 2
CRISIS = "crisis"
OVERALL = "overall"


def band_for(average):
    """Return "low", "middle" or "high" for an average, or None when there is none."""
    if average is None:
        return None
    if average < LOW_BELOW:
        return "low"
    if average <= HIGH_ABOVE:
        return "middle"
    return "high"


def effective_value(statement, answer):
    return (6 - answer) if statement.reverse_scored else answer


def score(dimensions, answers):
    """Return a DimensionScore for each dimension, from answers {statement pk: 0–5}."""
    scores = []
    for dimension in dimensions:
        values = [
            effective_value(statement, answers.get(statement.pk, NOT_SURE))
            for statement in dimension.statements
            if answers.get(statement.pk, NOT_SURE) in SCALE
        ]
        average = mean(values) if values else None
        scores.append(DimensionScore(dimension, average, len(values)))
    return scores


def overall(scores):
    """The average of the answered dimensions, or None when none is answered."""
    averages = [s.average for s in scores if s.average is not None]
    return mean(averages) if averages else None


AGREE = 4  # "somewhat agree" or "strongly agree"


def crisis_agreed(scores, answers):
    """True when the respondent agrees with a statement about an acute crisis."""
    return any(
        answers.get(statement.pk, NOT_SURE) >= AGREE
        for s in scores
        for statement in s.dimension.statements
        if statement.crisis
    )


def crisis_form(rules):
    """The form of supervision the rules recommend in a crisis (situational), or None."""
    return next((rule for rule in rules if rule.kind == "crisis_at_least"), None)


def _fired(rule, by_dimension, crisis_answers, total):
    """The Recommendation ``rule`` makes for these answers, or None when it does not fire."""
    if rule.kind == "crisis_at_least":
        if any(answer >= rule.threshold for answer in crisis_answers if answer in SCALE):
            return Recommendation(
                rule.form_name, rule.form_url, rule.reason, CRISIS, None, math.inf
            )
        return None
    if rule.kind == "dimension_below":
        dimension_score = by_dimension.get(rule.dimension_pk)
        if dimension_score is None:
            return None
        basis, figure = dimension_score.dimension.name, dimension_score.average
    elif rule.kind == "overall_below":
        basis, figure = OVERALL, total
    else:
        return None
    if figure is None or figure >= rule.threshold:
        return None
    strength = rule.threshold - float(figure)
    return Recommendation(rule.form_name, rule.form_url, rule.reason, basis, figure, strength)


def recommend(scores, answers, rules):
    """
    At most two forms of supervision, the strongest first, each once with its strongest reason.

    A rule's strength is how far below its threshold the answers fall; an acute crisis always
    comes first. Of equally strong rules the one listed first wins.
    """
    by_dimension = {s.dimension.pk: s for s in scores}
    crisis_answers = [
        answers.get(statement.pk, NOT_SURE)
        for s in scores
        for statement in s.dimension.statements
        if statement.crisis
    ]
    total = overall(scores)
    strongest = {}
    for recommendation in filter(
        None, (_fired(rule, by_dimension, crisis_answers, total) for rule in rules)
    ):
        kept = strongest.get(recommendation.form_url)
        if kept is None or recommendation.strength > kept.strength:
            strongest[recommendation.form_url] = recommendation
    chosen, names = [], set()
    for recommendation in sorted(strongest.values(), key=lambda r: -r.strength):  # stable
        if recommendation.form_name not in names:  # two pages under one name read as one form
            chosen.append(recommendation)
            names.add(recommendation.form_name)
    return chosen[:MAX_RECOMMENDATIONS]
