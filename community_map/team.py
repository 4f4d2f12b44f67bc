"""
The team's map run like a ballot: creating a survey with its answer codes, answering once with
a code, closing, deleting, and the references handed to other pages.

- Each member gets a single-use answer code (``answer_codes``); a code answers once, and the
  answer stored carries no trace of it: which codes are used is kept on the survey's row as a
  sorted list, in the same transaction as the answer, and nothing orders answers by the codes.
- The results token is stored only as its hash; the codes only as keyed digests.
- What the leader may see of the answers is decided in ``team_figures``, nowhere else.

The limit a ballot has too: whoever holds unused codes (the leader who printed them) can answer
with them. The results therefore always show how many codes have answered ("6 / 8").
"""

import calendar
import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core import page_cache
from core.url_tokens import token_hash

from . import answer_codes, codes, content
from .models import AnswerCode, Statement, TeamLinkEmail, TeamResponse, TeamSurvey

MIN_THRESHOLD = 3
MAX_THRESHOLD = 50
DEFAULT_THRESHOLD = 5
# No figure is ever drawn from fewer than five people's ratings (``team_figures``), so a
# smaller team could never see one.
MIN_MEMBERS = 5
# Thirty slips fit on one A4 sheet; a larger work community prints two.
MAX_MEMBERS = 60
SLIPS_PER_SHEET = 30
DEFAULT_DAYS = 14
MAX_MONTHS = 3
RETENTION_DAYS = 90
# Rate limits per client address (only a keyed hash of it is kept, for one period).
CREATE_LIMIT, CREATE_PERIOD = 10, 60 * 60
# Every request that carries an answer code counts: a whole team may answer from behind one
# office address, and a guesser gets a few hundred tries an hour against 53 bits. (A page
# already served for a valid code may be answered again early, uncounted, by
# core.page_cache: it tells whoever asks nothing new.)
CODE_LIMIT, CODE_PERIOD = 300, 60 * 60
# How long a reference to a team map, handed to the contact form, stays valid.
REFERENCE_MAX_AGE = 2 * 24 * 60 * 60
REFERENCE_SALT = "community_map.team-reference"
OWN_MAP_SALT = "community_map.team-own-map"
RESULTS_TOKEN_SALT = "community_map.results-token"
FOLLOW_UP_TOKEN_SALT = "community_map.follow-up-token"
BASELINE_LINK_SALT = "community_map.baseline-link"
TOKEN = re.compile(r"[A-Za-z0-9_-]{43}")


class SurveyClosed(Exception):
    """The survey no longer takes answers: closed or past its end date."""


class CodeUsed(Exception):
    """The answer code has already answered."""


class FollowUpRefused(Exception):
    """A follow-up cannot be started from this survey; ``reason`` says why."""

    OPEN = "open"
    STARTED = "started"
    NO_CODES = "no_codes"

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


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


def cache_name(survey):
    """
    The survey in a cache key: its pk and a digest of what it was made with, so that a key
    holds no secret in plain form and could never name another survey.
    """
    made = f"{survey.results_token_hash}:{survey.name}:{survey.threshold}:{survey.reveal}"
    return f"{survey.pk}:{hashlib.sha256(made.encode()).hexdigest()[:32]}"


def is_closed(survey, on=None):
    on = on or today()
    return survey.closed_on is not None or on > survey.ends_on


def open_until(survey):
    """The moment an open survey closes by its date (the end of its last day); None if closed."""
    if survey.closed_on is not None:
        return None
    return timezone.make_aware(datetime.combine(survey.ends_on + timedelta(days=1), time.min))


# One stamp for the state of every survey, in the shared cache: replaced once any change of a
# survey (an answer, a new step, closing, deleting) has committed, so that a team page kept
# whole for early answers (core.page_cache) can tell it is current without the database.
# Read it before the survey a page shows.
SURVEYS_STAMP_KEY = "community_map:team-surveys-stamp"


def surveys_stamp():
    return page_cache.current_stamp(SURVEYS_STAMP_KEY)


def surveys_changed():
    page_cache.replace_stamp_after_commit(SURVEYS_STAMP_KEY)


@receiver(post_save, sender=TeamSurvey, dispatch_uid="team-survey-saved")
@receiver(post_delete, sender=TeamSurvey, dispatch_uid="team-survey-deleted")
def _survey_saved_or_deleted(**kwargs):
    surveys_changed()


def results_token_for(results_key):
    """
    The results token of ``results_key``: a keyed hash with the site's secret key.

    The key is thrown away at once, unless the leader asked for the link by email; then it
    waits in ``TeamLinkEmail`` until sent, so that the token itself is never stored.
    """
    digest = salted_hmac(RESULTS_TOKEN_SALT, results_key, algorithm="sha256").digest()
    return signing.b64_encode(digest).decode()


def create_survey(*, name, member_count, threshold, ends_on, reveal, email=""):
    """
    Create a survey with ``member_count`` answer codes; return it and its results token,
    which exists nowhere else. The codes are the token's to give (``codes_of``).
    """
    results_key = secrets.token_urlsafe(32)
    results_token = results_token_for(results_key)
    survey = TeamSurvey.objects.create(
        name=name,
        member_count=member_count,
        threshold=threshold,
        ends_on=ends_on,
        reveal=reveal,
        results_token_hash=token_hash(results_token),
        created_on=today(),
    )
    AnswerCode.objects.bulk_create(
        AnswerCode(survey=survey, digest=answer_codes.digest(code))
        for code in answer_codes.codes_for(results_token, member_count)
    )
    if email:
        from . import tasks

        pending = TeamLinkEmail.objects.create(survey=survey, email=email, results_key=results_key)
        transaction.on_commit(lambda: tasks.email_team_links.enqueue(pending.pk), robust=True)
    return survey, results_token


# Follow-ups ---------------------------------------------------------------------------------


def statements_asked(survey):
    """
    The ids of the statements ``survey`` asked, as far as they still exist: a follow-up's
    own list; for any other survey, those its answers hold (every answer holds every statement
    the questionnaire showed, "don't know" included), or the published ones if none came in.
    """
    asked = set(survey.statement_ids)
    if not asked:
        for answers in survey.responses.values_list("answers", flat=True):
            asked.update(int(pk) for pk in answers)
    if not asked:
        asked = content.statement_pks(content.dimensions())
    return sorted(Statement.objects.filter(pk__in=asked).values_list("pk", flat=True))


def follow_up_token(results_token, follow_up_pk):
    """
    The results token of a follow-up the leader started: derived from the baseline's, so that
    whoever holds the baseline's link also reaches the follow-up, and nothing stores it.
    """
    message = f"{results_token}:{follow_up_pk}"
    digest = salted_hmac(FOLLOW_UP_TOKEN_SALT, message, algorithm="sha256").digest()
    return signing.b64_encode(digest).decode()


def _pad(results_token):
    return salted_hmac(BASELINE_LINK_SALT, results_token, algorithm="sha256").digest()


def seal(baseline_token, follow_up_token_):
    """
    The baseline's results token, sealed with the follow-up's: a one-time pad keyed by the
    follow-up's token, which is stored nowhere, so the database alone cannot open it.
    """
    raw = signing.b64_decode(baseline_token.encode())
    return bytes(a ^ b for a, b in zip(raw, _pad(follow_up_token_), strict=True)).hex()


def unseal(sealed, follow_up_token_):
    """The baseline's results token sealed in ``sealed``, or "" when there is none."""
    try:
        raw = bytes.fromhex(sealed)
    except ValueError:
        return ""
    if len(raw) != 32:
        return ""
    opened = bytes(a ^ b for a, b in zip(raw, _pad(follow_up_token_), strict=True))
    return signing.b64_encode(opened).decode()


def start_follow_up(baseline, *, results_token=None, ends_on=None):
    """
    Start a follow-up of ``baseline``, a closed survey: the same statements (``statements
    _asked``), threshold, figures' reveal mode, members and name, and new answer codes for
    everyone. Return the follow-up and its results token, or raise FollowUpRefused.

    ``results_token`` is the baseline's when its leader starts it: the follow-up's token is
    then derived from it, and the baseline's sealed in the follow-up, so each page links to
    the other. Staff start one without it and hand its address to the leader themselves.

    The baseline's row is locked, and the database allows one follow-up of a survey at a
    time: of two starts at once (a double click), one makes it, the other is refused.
    """
    try:
        with transaction.atomic():
            locked = TeamSurvey.objects.select_for_update().get(pk=baseline.pk)
            if not is_closed(locked):
                raise FollowUpRefused(FollowUpRefused.OPEN)
            if not locked.has_codes:
                raise FollowUpRefused(FollowUpRefused.NO_CODES)
            if TeamSurvey.objects.filter(follows=locked).exists():
                raise FollowUpRefused(FollowUpRefused.STARTED)
            start = today()
            follow_up = TeamSurvey.objects.create(
                name=locked.name,
                member_count=locked.member_count,
                threshold=locked.threshold,
                reveal=locked.reveal,
                language=locked.language,
                follows=locked,
                statement_ids=statements_asked(locked),
                # A placeholder, replaced below once the row has its id.
                results_token_hash=token_hash(secrets.token_urlsafe(32)),
                created_on=start,
                ends_on=ends_on or start + timedelta(days=DEFAULT_DAYS),
            )
            if results_token:
                token = follow_up_token(results_token, follow_up.pk)
                follow_up.baseline_link = seal(results_token, token)
            else:
                token = results_token_for(secrets.token_urlsafe(32))
            follow_up.results_token_hash = token_hash(token)
            follow_up.save(update_fields=["results_token_hash", "baseline_link"])
            AnswerCode.objects.bulk_create(
                AnswerCode(survey=follow_up, digest=answer_codes.digest(code))
                for code in answer_codes.codes_for(token, follow_up.member_count)
            )
    except IntegrityError:
        # The other of two simultaneous starts got there first (the unique constraint).
        raise FollowUpRefused(FollowUpRefused.STARTED) from None
    return follow_up, token


def follow_up_of(survey):
    """The survey's follow-up, or None."""
    return TeamSurvey.objects.filter(follows=survey).first()


def linked_follow_up_token(survey, results_token):
    """The results token of ``survey``'s follow-up reached from its link; "" if none."""
    follow_up = follow_up_of(survey)
    if follow_up is None or not follow_up.baseline_link:
        return ""
    token = follow_up_token(results_token, follow_up.pk)
    return token if token_hash(token) == follow_up.results_token_hash else ""


def linked_baseline_token(follow_up, results_token):
    """The results token of the survey ``follow_up`` repeats, opened with its own; "" if none."""
    baseline = follow_up.follows
    if baseline is None or not follow_up.baseline_link:
        return ""
    token = unseal(follow_up.baseline_link, results_token)
    return token if token_hash(token) == baseline.results_token_hash else ""


def codes_of(survey, results_token):
    """The survey's answer codes, in the order they were made; none for an old survey."""
    return answer_codes.codes_for(results_token, survey.member_count or 0)


def survey_for_results(token):
    """The survey of a results token; None when there is none."""
    if not TOKEN.fullmatch(token or ""):
        return None
    # In the same query: the survey it repeats, and the id of its own follow-up, if any.
    follow_ups = TeamSurvey.objects.filter(follows=OuterRef("pk"))
    return (
        TeamSurvey.objects.select_related("follows")
        .annotate(
            follow_up_pk=Subquery(follow_ups.values("pk")[:1]),
            # Whether its leader started it (reached from this one's link), or staff did.
            follow_up_link=Subquery(follow_ups.values("baseline_link")[:1]),
        )
        .filter(results_token_hash=token_hash(token))
        .first()
    )


@dataclass(frozen=True)
class Ballot:
    """An answer code found: its survey, the code as printed, and the code's digest."""

    survey: TeamSurvey
    code: str
    digest: str

    @property
    def used(self):
        return self.digest in self.survey.used_codes


def ballot_for(text):
    """The Ballot of the answer code in ``text``; None when there is no such code."""
    found = answer_codes.find(
        text, answer_codes.DIGEST_SALT, AnswerCode.objects.select_related("survey")
    )
    if found is None:
        return None
    code, digest, row = found
    return Ballot(row.survey, code, digest)


def survey_of_shared_link(token):
    """The survey an old, shared answer link (before answer codes) belonged to, or None."""
    if not TOKEN.fullmatch(token or ""):
        return None
    return TeamSurvey.objects.filter(legacy_answer_token=token).first()


def store_answer(ballot, answers):
    """
    Store one member's answers {statement pk: 0–5} with ``ballot``'s code; raise SurveyClosed
    or CodeUsed (nothing stored).

    The survey's row is locked (SQLite: the write lock every transaction takes up front), so
    of two answers with the same code exactly one gets in. Marking the code used, storing the
    answer and, in "steps" mode, closing a step happen in that one transaction; the answer
    refers to no code.
    """
    with transaction.atomic():
        survey = TeamSurvey.objects.select_for_update().get(pk=ballot.survey.pk)
        if is_closed(survey):
            raise SurveyClosed
        if ballot.digest in survey.used_codes:
            raise CodeUsed
        survey.used_codes = sorted([*survey.used_codes, ballot.digest])
        survey.answer_count = len(survey.used_codes)
        TeamResponse.objects.create(
            survey=survey, answers={str(pk): value for pk, value in answers.items()}
        )
        waiting = survey.answer_count - survey.shown_steps * survey.threshold
        if survey.reveal == TeamSurvey.Reveal.STEPS and waiting >= survey.threshold:
            survey.shown_steps += 1
            TeamResponse.objects.filter(survey=survey, step__isnull=True).update(
                step=survey.shown_steps
            )
        survey.save(update_fields=["used_codes", "answer_count", "shown_steps"])


def close(survey):
    """Close the survey today; its 90 days before deletion start now."""
    day = today()
    TeamSurvey.objects.filter(pk=survey.pk, closed_on__isnull=True).update(
        closed_on=day, ends_on=min(survey.ends_on, day)
    )
    surveys_changed()
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
