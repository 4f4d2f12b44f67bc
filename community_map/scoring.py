"""
Scoring of a work community map: pure functions over plain data, tested on their own.

An answer is a number: 1 (täysin eri mieltä) … 5 (täysin samaa mieltä), or 0 for
"en osaa sanoa", which counts for nothing. A dimension's score is the average of its answered
statements (reverse-scored ones turned around); with none answered it is *unanswered*, never 0.

Every figure is rounded once, by ``one_decimal``, when it is computed: the bands, the rules and
every page, email, attachment and handout then use the very number the map shows.
"""

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


@dataclass
class Recommendation:
    form_name: str
    form_url: str
    reasons: list


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


def recommend(scores, answers, rules):
    """Apply the rules in order; return one Recommendation per form, with every reason."""
    by_dimension = {s.dimension.pk: s for s in scores}
    crisis_answers = [
        answers.get(statement.pk, NOT_SURE)
        for s in scores
        for statement in s.dimension.statements
        if statement.crisis
    ]
    total = overall(scores)
    recommendations = {}
    for rule in rules:
        if rule.kind == "dimension_below":
            dimension_score = by_dimension.get(rule.dimension_pk)
            fires = (
                dimension_score is not None
                and dimension_score.average is not None
                and dimension_score.average < rule.threshold
            )
        elif rule.kind == "crisis_at_least":
            fires = any(answer >= rule.threshold for answer in crisis_answers if answer in SCALE)
        elif rule.kind == "overall_below":
            fires = total is not None and total < rule.threshold
        else:
            fires = False
        if fires:
            recommendation = recommendations.setdefault(
                rule.form_url, Recommendation(rule.form_name, rule.form_url, [])
            )
            if rule.reason not in recommendation.reasons:
                recommendation.reasons.append(rule.reason)
    return list(recommendations.values())
