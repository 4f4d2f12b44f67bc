"""
Two closed evaluation rounds of six answers each on the example supervision process
(processes.examples), so that the results, the chart and the summary can be seen in
development. Never loaded by a migration: ``load_example_content`` adds them; the process is
flagged ``is_example``, so they never count in the impact page's figure.
"""

from datetime import timedelta

from . import rounds
from .models import EvaluationAnswer, EvaluationRound

# Per round: each participant's progress on the goals, usefulness, hard situations, recommending.
ANSWERS = {
    EvaluationRound.Kind.START: [
        ([2, 3], 4, 2, 8),
        ([2, 2], 3, 3, 7),
        ([3, 3], 4, 2, 8),
        ([1, 2], 3, 2, 6),
        ([2, 3], 4, 3, 9),
        ([3, 2], 5, 3, 8),
    ],
    EvaluationRound.Kind.MID: [
        ([3, 4], 5, 3, 9),
        ([4, 3], 4, 4, 9),
        ([3, 4], 4, 3, 8),
        ([3, 3], 4, 4, 8),
        ([4, 4], 5, 4, 10),
        ([3, 3], 4, 3, 7),
    ],
}
CODES = 8


def _round(process, kind, opens_on, closes_on):
    item = EvaluationRound.objects.create(
        process=process,
        kind=kind,
        opens_on=opens_on,
        closes_on=closes_on,
        code_count=CODES,
        code_seed=rounds.new_seed(),
    )
    rounds.add_codes(item)
    goals = list(process.goals.order_by("position", "pk"))
    EvaluationAnswer.objects.bulk_create(
        EvaluationAnswer(
            round=item,
            goals={str(goal.pk): value for goal, value in zip(goals, progress, strict=False)},
            usefulness=usefulness,
            hard_situations=hard,
            recommend=recommend,
        )
        for progress, usefulness, hard, recommend in ANSWERS[kind]
    )
    used = sorted(rounds.digest(code) for code in rounds.codes_of(item)[: len(ANSWERS[kind])])
    EvaluationRound.objects.filter(pk=item.pk).update(used_codes=used, answer_count=len(used))


def load(process):
    """Give the example ``process`` its two closed rounds afresh. Idempotent."""
    if not process.is_example:
        raise ValueError("Example rounds go only on an example process.")
    process.evaluation_rounds.all().delete()
    today = rounds.today()
    _round(process, EvaluationRound.Kind.START, process.starts_on,
           process.starts_on + timedelta(days=14))  # fmt: skip
    _round(process, EvaluationRound.Kind.MID, today - timedelta(days=20),
           today - timedelta(days=6))  # fmt: skip
