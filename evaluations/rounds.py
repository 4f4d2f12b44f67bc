"""
An evaluation round's life: made with its answer codes, answered once with each code, closed by
its last day or early by staff.

- Each participant gets a single-use answer code (core.answer_codes), printed on a slip the
  supervisor hands out. The round's codes are derived from its ``code_seed`` with the site's
  secret key, so the supervisor can print them again, and the database alone cannot.
- A code answers once. Which codes have answered is kept on the round's row as a sorted list,
  written in the same transaction as the answer under the round's row lock; the answer refers
  to no code and carries no time.
- When a round closes (by its date or early), the impact figure (``impact``) may change: a new
  content version starts when it closes early, and the page notes the clock's closing times.
"""

import secrets
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core import answer_codes, page_cache, ratelimit
from core.clients import client_address
from processes import freshness
from processes.models import Process

from .models import EvaluationAnswer, EvaluationCode, EvaluationRound

DIGEST_SALT = "evaluations.answer-code"
SEED_SALT = "evaluations.round-codes"
# Every request carrying a code counts, as for the team map (community_map.team).
CODE_LIMIT, CODE_PERIOD = 300, 60 * 60
SLIPS_PER_SHEET = 30


class RoundClosed(Exception):
    """The round takes no answers: not open yet, past its last day or closed early."""


class CodeUsed(Exception):
    """The answer code has already answered."""


def today():
    return timezone.localdate()


def is_open(evaluation_round, on=None):
    on = on or today()
    return (
        evaluation_round.closed_on is None
        and evaluation_round.opens_on <= on <= evaluation_round.closes_on
    )


def is_closed(evaluation_round, on=None):
    """Closed for good: the figures may be shown."""
    on = on or today()
    return evaluation_round.closed_on is not None or on > evaluation_round.closes_on


def end_of_today():
    """The moment today ends: what a page shows of the rounds' dates holds until then."""
    return timezone.make_aware(datetime.combine(today() + timedelta(days=1), time.min))


def closing_moment(evaluation_round):
    """When an unclosed round closes by the clock (the end of its last day); None if closed."""
    if evaluation_round.closed_on is not None:
        return None
    return timezone.make_aware(
        datetime.combine(evaluation_round.closes_on + timedelta(days=1), time.min)
    )


def _codes_secret(evaluation_round):
    return salted_hmac(SEED_SALT, evaluation_round.code_seed, algorithm="sha256").hexdigest()


def digest(code):
    return answer_codes.digest(DIGEST_SALT, code)


def codes_of(evaluation_round):
    """The round's answer codes, in the order they were made, as printed on the slips."""
    return answer_codes.codes_for(_codes_secret(evaluation_round), evaluation_round.code_count)


def add_codes(evaluation_round):
    """Store the digests of a new round's codes (called once, when it is made)."""
    EvaluationCode.objects.bulk_create(
        EvaluationCode(round=evaluation_round, digest=digest(code))
        for code in codes_of(evaluation_round)
    )


def new_seed():
    return secrets.token_urlsafe(32)


def sheets(codes):
    """The codes in sheets of thirty slips (one A4 page each)."""
    return [
        codes[start : start + SLIPS_PER_SHEET] for start in range(0, len(codes), SLIPS_PER_SHEET)
    ]


@dataclass(frozen=True)
class Ballot:
    """An answer code found: its round, the code as printed, and the code's digest."""

    round: EvaluationRound
    code: str
    digest: str

    @property
    def used(self):
        return self.digest in self.round.used_codes


def ballot_for(text):
    """The Ballot of the answer code in ``text``; None when there is no such code."""
    try:
        code = answer_codes.normalised(text)
    except answer_codes.InvalidCode:
        return None
    code_digest = digest(code)
    found = (
        EvaluationCode.objects.select_related("round__process").filter(digest=code_digest).first()
    )
    return Ballot(found.round, code, code_digest) if found else None


def within_code_limit(request):
    """Count one request that carries an answer code; False once the address is over the limit."""
    key = ratelimit.keyed_hash("evaluation-code", client_address(request) or "unknown")
    return ratelimit.hit(key, CODE_LIMIT, CODE_PERIOD)


def store_answer(ballot, ratings):
    """
    Store one participant's ``ratings`` (goals, usefulness, hard_situations, recommend) with
    ``ballot``'s code; raise RoundClosed or CodeUsed (nothing stored).

    The round's row is locked (SQLite: the write lock every transaction takes up front), so of
    two answers with the same code exactly one gets in. The row is written with an UPDATE
    (no save signal: an answer changes no public page).
    """
    with transaction.atomic():
        locked = EvaluationRound.objects.select_for_update().get(pk=ballot.round.pk)
        if not is_open(locked):
            raise RoundClosed
        if ballot.digest in locked.used_codes:
            raise CodeUsed
        used = sorted([*locked.used_codes, ballot.digest])
        EvaluationRound.objects.filter(pk=locked.pk).update(used_codes=used, answer_count=len(used))
        freshness.changed()  # the purchaser's results count the answers
        EvaluationAnswer.objects.create(
            round=locked,
            goals={str(pk): value for pk, value in ratings["goals"].items()},
            usefulness=ratings["usefulness"],
            hard_situations=ratings["hard_situations"],
            recommend=ratings["recommend"],
        )


def close(evaluation_round):
    """Close the round today, before its last day: its figures may be shown from now on."""
    day = today()
    EvaluationRound.objects.filter(pk=evaluation_round.pk, closed_on__isnull=True).update(
        closed_on=day
    )
    page_cache.invalidate()
    evaluation_round.refresh_from_db()


# A round made, edited or deleted (with its process, too) may change the impact figure.
@receiver(post_save, sender=EvaluationRound, dispatch_uid="evaluation-round-saved")
@receiver(post_delete, sender=EvaluationRound, dispatch_uid="evaluation-round-deleted")
def _round_saved_or_deleted(**kwargs):
    page_cache.invalidate()


# A process marked as an example, or no longer one, leaves or joins the impact figure.
@receiver(post_save, sender=Process, dispatch_uid="evaluation-process-saved")
def _process_saved(instance, **kwargs):
    if EvaluationRound.objects.filter(process=instance).exists():
        page_cache.invalidate()


@receiver(post_delete, sender=EvaluationRound, dispatch_uid="evaluation-round-log-deleted")
def _forget_the_rounds_admin_log(instance, **kwargs):
    """A deleted round (with its process, by its purge) leaves no admin log naming its client."""
    LogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(EvaluationRound),
        object_id=str(instance.pk),
    ).delete()
