"""
The figure on /vaikuttavuus/ ("useful or very useful: 84 %, 142 answers from 17 processes,
2026–2027"): computed from the answers, never typed in, and shown only when staff have chosen
to publish it (``ImpactFigure``) and it rests on enough answers from enough processes.

What counts:

- Only rounds that have closed (by their last day or early), of processes that are not
  examples.
- Only rounds in which at least the round's threshold answered the usefulness question: the
  figure changes when a round closes, and the difference of two published figures must not
  tell how fewer people than that answered.
- The share is of the answers to the usefulness question rated 4 (useful) or 5 (very useful).

The page is cached whole (core.page_cache); a round made, edited, closed early or deleted, or a
saved process that has rounds (marked as an example, say), starts
a new content version (``rounds``), and the page notes when the next open round closes by the
clock, so that it is rendered afresh then.
"""

from dataclasses import dataclass

from django.db.models import Count, Q

from core import local_formats, page_cache
from services.pages import layout

from . import rounds
from .models import EvaluationAnswer, EvaluationRound, ImpactFigure

SLUG = "vaikuttavuus"
MIN_ANSWERS = 30
MIN_PROCESSES = 5
HIGH = (4, 5)


@dataclass(frozen=True)
class Aggregate:
    percent: int
    answers: int
    processes: int
    first_year: int
    last_year: int

    @property
    def enough(self):
        return self.answers >= MIN_ANSWERS and self.processes >= MIN_PROCESSES

    @property
    def years(self):
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}–{self.last_year}"


def _closed_real_rounds(on):
    return EvaluationRound.objects.filter(process__is_example=False).filter(
        Q(closed_on__isnull=False) | Q(closes_on__lt=on)
    )


def aggregate(on=None):
    """The figure from every counted round (see the module's docstring); None with no answer."""
    on = on or rounds.today()
    candidates = {
        item.pk: item
        for item in _closed_real_rounds(on).only(
            "pk", "process_id", "closes_on", "closed_on", "threshold"
        )
    }
    counts = (
        EvaluationAnswer.objects.filter(round__in=list(candidates), usefulness__isnull=False)
        .values("round_id")
        .annotate(answered=Count("pk"), high=Count("pk", filter=Q(usefulness__in=HIGH)))
    )
    answered = high = 0
    processes, years = set(), []
    for row in counts:
        counted = candidates[row["round_id"]]
        if row["answered"] < counted.threshold:
            continue
        answered += row["answered"]
        high += row["high"]
        processes.add(counted.process_id)
        years.append(counted.last_day.year)
    if not answered:
        return None
    return Aggregate(
        percent=round(100 * high / answered),
        answers=answered,
        processes=len(processes),
        first_year=min(years),
        last_year=max(years),
    )


def next_closing():
    """When the soonest open round of a real process closes by the clock; None if none."""
    soonest = (
        EvaluationRound.objects.filter(
            process__is_example=False, closed_on__isnull=True, closes_on__gte=rounds.today()
        )
        .order_by("closes_on")
        .first()
    )
    return rounds.closing_moment(soonest) if soonest else None


def published_figure():
    """The figure the impact page shows, or None (not published, or too few answers)."""
    if not ImpactFigure.current().published:
        return None
    page_cache.changes_at(next_closing())
    figure = aggregate()
    return figure if figure is not None and figure.enough else None


@layout(SLUG)
def impact_layout(request, page):
    """The page's own text, then the computed figure with its method note when published."""
    figure = published_figure()
    percent = local_formats.percent(figure.percent) if figure else ""
    return "evaluations/impact.html", {"page": page, "figure": figure, "percent": percent}
