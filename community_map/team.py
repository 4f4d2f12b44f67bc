"""
The team's map: creating a survey, storing an answer, and the aggregate the leader may see.

Privacy rules, each enforced here and nowhere else:

- Nothing but the count is shown until ``threshold`` members have answered.
- While a survey is open, the figures come from the first whole multiple of ``threshold``
  answers (in the order they arrived), so one newcomer's answer never changes what is shown;
  or, by the leader's choice, figures appear only once the survey has closed.
- A dimension or a statement rated by fewer than ``threshold`` members shows no figure.
- The results token is stored only as its hash.
"""

import calendar
import hashlib
import math
import re
import secrets
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median, pstdev, quantiles

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from . import codes, content, scoring
from .models import TeamLinkEmail, TeamResponse, TeamSurvey

MIN_THRESHOLD = 3
MAX_THRESHOLD = 50
DEFAULT_THRESHOLD = 5
DEFAULT_DAYS = 14
MAX_MONTHS = 3
MAX_ANSWERS = 300
RETENTION_DAYS = 90
# Rate limits per client address (only a keyed hash of it is kept, for one period).
CREATE_LIMIT, CREATE_PERIOD = 10, 60 * 60
# A whole team may answer from behind one office address.
ANSWER_LIMIT, ANSWER_PERIOD = 200, 60 * 60
# How long a reference to a team map, handed to the contact form, stays valid.
REFERENCE_MAX_AGE = 2 * 24 * 60 * 60
REFERENCE_SALT = "community_map.team-reference"
OWN_MAP_SALT = "community_map.team-own-map"
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")
SHOWN_STATEMENTS = 3


class SurveyClosed(Exception):
    """The survey no longer takes answers: closed, past its end date or full."""


class InvalidReference(ValueError):
    """A team-map reference that is altered, expired or names a deleted survey."""


def today():
    return timezone.localdate()


def add_months(day, months):
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def latest_end(start):
    return add_months(start, MAX_MONTHS)


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


def is_closed(survey, on=None):
    on = on or today()
    return survey.closed_on is not None or on > survey.ends_on


def create_survey(*, name, threshold, ends_on, reveal, email=""):
    """Create a survey; return it and its results token, which exists nowhere else."""
    results_token = secrets.token_urlsafe(32)
    survey = TeamSurvey.objects.create(
        name=name,
        threshold=threshold,
        ends_on=ends_on,
        reveal=reveal,
        answer_token=secrets.token_urlsafe(32),
        results_token_hash=hash_token(results_token),
        created_on=today(),
    )
    if email:
        from . import tasks

        pending = TeamLinkEmail.objects.create(
            survey=survey, email=email, results_token=results_token
        )
        transaction.on_commit(lambda: tasks.email_team_links.enqueue(pending.pk), robust=True)
    return survey, results_token


def survey_for_answering(token):
    """The survey of an answer token; None when there is none (wrong or deleted)."""
    if not TOKEN.fullmatch(token or ""):
        return None
    return TeamSurvey.objects.filter(answer_token=token).first()


def survey_for_results(token):
    """The survey of a results token; None when there is none."""
    if not TOKEN.fullmatch(token or ""):
        return None
    return TeamSurvey.objects.filter(results_token_hash=hash_token(token)).first()


def store_answer(survey, answers):
    """
    Store one member's answers {statement pk: 0–5}, or raise SurveyClosed.

    One conditional UPDATE both counts the answer and checks that the survey is open and not
    full: the database lets only as many simultaneous answers through as there is room for.
    """
    with transaction.atomic():
        admitted = TeamSurvey.objects.filter(
            pk=survey.pk,
            closed_on__isnull=True,
            ends_on__gte=today(),
            answer_count__lt=MAX_ANSWERS,
        ).update(answer_count=F("answer_count") + 1)
        if not admitted:
            raise SurveyClosed
        TeamResponse.objects.create(
            survey=survey, answers={str(pk): value for pk, value in answers.items()}
        )


def close(survey):
    """Close the survey today; its 90 days before deletion start now."""
    day = today()
    TeamSurvey.objects.filter(pk=survey.pk, closed_on__isnull=True).update(
        closed_on=day, ends_on=min(survey.ends_on, day)
    )
    survey.refresh_from_db()


def purge(on=None):
    """Delete surveys that ended over 90 days ago, with all their answers; return how many."""
    on = on or today()
    old = TeamSurvey.objects.filter(ends_on__lt=on - timedelta(days=RETENTION_DAYS))
    surveys = old.count()
    TeamResponse.objects.filter(survey__in=old).delete()
    old.delete()
    # An email the worker never sent is not kept either.
    TeamLinkEmail.objects.filter(created_at__lt=timezone.now() - timedelta(days=1)).delete()
    return surveys


# The aggregate ------------------------------------------------------------------------------


@dataclass(frozen=True)
class TeamDimensionScore(scoring.DimensionScore):
    """A dimension's median over the members (``average``), with its quartiles."""

    q1: float | None = None
    q3: float | None = None

    @property
    def spread(self):
        return None if self.q1 is None else round(self.q3 - self.q1, 2)


@dataclass(frozen=True)
class StatementFigures:
    statement: scoring.StatementData
    dimension: scoring.DimensionData
    rated: int
    median: float
    q1: float
    q3: float
    deviation: float
    counts: tuple  # members who chose 1 … 5
    not_sure: int

    @property
    def spread(self):
        return round(self.q3 - self.q1, 2)

    @property
    def bars(self):
        """(value, count, percent of the rated) for drawing the distribution."""
        return [
            (value, count, round(100 * count / self.rated))
            for value, count in zip(scoring.SCALE, self.counts, strict=True)
        ]


@dataclass
class TeamMap:
    survey: TeamSurvey
    count: int
    basis: int  # how many answers the figures come from; 0 while none are shown
    scores: list
    statements: list
    agree: list
    disagree: list
    recommendations: list
    overall: float | None

    @property
    def shown(self):
        return self.basis > 0

    @property
    def next_step(self):
        """The count at which the figures next change while the survey is open."""
        threshold = self.survey.threshold
        return (self.count // threshold + 1) * threshold


def basis_for(survey, count, on=None):
    """How many answers the leader may see figures from (0: only the count)."""
    threshold = survey.threshold
    if count < threshold:
        return 0
    if is_closed(survey, on):
        # Closed with steps, the last step stays: the leftover answers never show alone.
        if survey.reveal == TeamSurvey.Reveal.CLOSED:
            return count
        return count // threshold * threshold
    if survey.reveal == TeamSurvey.Reveal.CLOSED:
        return 0
    return count // threshold * threshold


def _quartiles(values):
    q1, _q2, q3 = quantiles(values, n=4, method="inclusive")
    return round(q1, 2), round(q3, 2)


def _round_half_up(value):
    return math.floor(value + 0.5)


def aggregate(survey, answer_sets, dimension_list, rules):
    """The team map of ``answer_sets`` (dicts {statement pk: 0–5}) under ``survey``'s threshold."""
    threshold = survey.threshold
    personal = [scoring.score(dimension_list, answers) for answers in answer_sets]
    scores = []
    for index, dimension in enumerate(dimension_list):
        values = sorted(p[index].average for p in personal if p[index].average is not None)
        if len(values) >= threshold:
            q1, q3 = _quartiles(values)
            scores.append(
                TeamDimensionScore(dimension, round(median(values), 2), len(values), q1, q3)
            )
        else:
            scores.append(TeamDimensionScore(dimension, None, len(values)))
    statements = []
    for dimension in dimension_list:
        for statement in dimension.statements:
            chosen = [a.get(statement.pk, scoring.NOT_SURE) for a in answer_sets]
            rated = sorted(v for v in chosen if v in scoring.SCALE)
            if len(rated) < threshold:
                continue
            q1, q3 = _quartiles(rated)
            statements.append(
                StatementFigures(
                    statement=statement,
                    dimension=dimension,
                    rated=len(rated),
                    median=round(median(rated), 2),
                    q1=q1,
                    q3=q3,
                    deviation=round(pstdev(rated), 3),
                    counts=tuple(rated.count(v) for v in scoring.SCALE),
                    not_sure=len(chosen) - len(rated),
                )
            )
    by_agreement = sorted(statements, key=lambda s: (s.spread, s.deviation))
    agree = by_agreement[:SHOWN_STATEMENTS]
    disagree = [s for s in reversed(by_agreement) if s.deviation > 0 and s not in agree][
        :SHOWN_STATEMENTS
    ]
    # The crisis rules see the team's typical answer, never one member's.
    typical = {s.statement.pk: _round_half_up(s.median) for s in statements}
    return scores, statements, agree, disagree, scoring.recommend(scores, typical, rules)


def team_map(survey, on=None, *, with_reflections=True):
    """What the leader may see of ``survey`` now."""
    count = survey.answer_count
    basis = basis_for(survey, count, on)
    dimension_list = (
        content.dimensions_with_reflections() if with_reflections else content.dimensions()
    )
    if not basis:
        empty = [TeamDimensionScore(d, None, 0) for d in dimension_list]
        return TeamMap(survey, count, 0, empty, [], [], [], [], None)
    responses = survey.responses.order_by("pk").values_list("answers", flat=True)[:basis]
    answer_sets = [{int(pk): v for pk, v in answers.items()} for answers in responses]
    scores, statements, agree, disagree, recommendations = aggregate(
        survey, answer_sets, dimension_list, content.rules()
    )
    return TeamMap(
        survey,
        count,
        basis,
        scores,
        statements,
        agree,
        disagree,
        recommendations,
        scoring.overall(scores),
    )


# References handed out ----------------------------------------------------------------------


def reference_for(survey):
    """A signed, short-lived reference to the survey's team map, for attaching it to a message."""
    return signing.dumps(survey.pk, salt=REFERENCE_SALT)


def survey_for_reference(reference):
    """The survey a reference names, or raise InvalidReference."""
    try:
        pk = signing.loads(reference or "", salt=REFERENCE_SALT, max_age=REFERENCE_MAX_AGE)
    except signing.BadSignature:
        raise InvalidReference("altered or expired") from None
    survey = TeamSurvey.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if survey is None:
        raise InvalidReference("no such survey")
    return survey


def own_map_reference(survey, answers):
    """The member's own map, signed with the survey it belongs to: stored nowhere."""
    return signing.dumps([survey.pk, codes.encode(answers)], salt=OWN_MAP_SALT)


def read_own_map_reference(value):
    """(survey pk, code) of an own-map reference, or raise InvalidReference."""
    try:
        data = signing.loads(value or "", salt=OWN_MAP_SALT)
    except signing.BadSignature:
        raise InvalidReference("altered") from None
    match data:
        case [int() as pk, str() as code]:
            return pk, code
    raise InvalidReference("malformed")


def site_url(path):
    return f"{settings.SITE_URL.rstrip('/')}{path}"
