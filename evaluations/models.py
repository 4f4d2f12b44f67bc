"""
The evaluation of a supervision process against its goals: rounds at the start, midway and at
the end, each answered anonymously with single-use answer codes (core.answer_codes).

Nothing stored can tie an answer to a person or a code: an answer row holds its round and the
ratings, nothing else (no name, address, browser, code or time); which codes have answered is
kept on the round's row as a sorted list of their digests (``used_codes``), never on a code's
own row (see ``community_map.models.TeamSurvey.used_codes`` for why). What anyone may see of
the answers is decided in ``evaluations.figures``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import StoredAnswerCode

MIN_THRESHOLD = 3
DEFAULT_THRESHOLD = 5
MAX_CODES = 60  # as the help text of ``code_count`` says


class EvaluationRound(models.Model):
    """One evaluation of a process: its days, its smallest number of answers, its codes."""

    class Kind(models.TextChoices):
        START = "start", _("Start")
        MID = "mid", _("Midway")
        END = "end", _("End")

    process = models.ForeignKey(
        "processes.Process",
        verbose_name=_("supervision process"),
        on_delete=models.CASCADE,
        related_name="evaluation_rounds",
    )
    kind = models.CharField(_("evaluation point"), max_length=8, choices=Kind.choices)
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(
        _("closes on"), help_text=_("Answers are taken until the end of this day.")
    )
    closed_on = models.DateField(_("closed early on"), null=True, blank=True, editable=False)
    threshold = models.PositiveSmallIntegerField(
        _("smallest number of answers"),
        default=DEFAULT_THRESHOLD,
        help_text=_(
            "Nothing but the count is shown before this many have answered, and a question's "
            "figures only when this many answered it. At least 3."
        ),
    )
    code_count = models.PositiveSmallIntegerField(
        _("answer codes"),
        help_text=_("One for each participant; at most 60."),
    )
    # The round's codes are derived from this with the site's secret key (``rounds.codes_of``):
    # the database alone can derive none of them.
    code_seed = models.CharField(max_length=64, editable=False)
    answer_count = models.PositiveSmallIntegerField(_("answers"), default=0, editable=False)
    # Which codes have answered, as their sorted digests (see the module's docstring).
    used_codes = models.JSONField(_("used answer codes"), default=list, editable=False)

    class Meta:
        ordering = ["process", "opens_on", "pk"]
        verbose_name = _("evaluation round")
        verbose_name_plural = _("evaluation rounds")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(threshold__gte=MIN_THRESHOLD),
                name="evaluation_round_threshold_at_least_3",
            ),
            models.CheckConstraint(
                condition=models.Q(closes_on__gte=models.F("opens_on")),
                name="evaluation_round_closes_after_opening",
            ),
            models.CheckConstraint(
                condition=models.Q(code_count__gte=1, code_count__lte=MAX_CODES),
                name="evaluation_round_code_count_in_range",
            ),
            models.CheckConstraint(
                condition=models.Q(answer_count__lte=models.F("code_count")),
                name="evaluation_round_one_answer_per_code",
            ),
        ]

    def __str__(self):
        return f"{self.process}: {self.get_kind_display()}"

    @property
    def last_day(self):
        """The last day answers are taken: the closing day, or the day it was closed early."""
        return min(self.closes_on, self.closed_on) if self.closed_on else self.closes_on


class EvaluationCode(StoredAnswerCode):
    """A participant's answer code for one evaluation round."""

    round = models.ForeignKey(EvaluationRound, on_delete=models.CASCADE, related_name="codes")


class EvaluationAnswer(models.Model):
    """
    One participant's ratings, and nothing else: no name, address, browser, code or time.

    ``goals`` maps a goal's id (as text) to its progress 1–5; a question left unanswered is
    empty (a goal's: absent).
    """

    round = models.ForeignKey(
        EvaluationRound,
        verbose_name=_("evaluation round"),
        on_delete=models.CASCADE,
        related_name="answers",
    )
    goals = models.JSONField(_("progress on the goals"), default=dict)
    usefulness = models.PositiveSmallIntegerField(_("usefulness"), null=True)
    hard_situations = models.PositiveSmallIntegerField(_("hard situations"), null=True)
    recommend = models.PositiveSmallIntegerField(_("would recommend"), null=True)

    class Meta:
        verbose_name = _("evaluation answer")
        verbose_name_plural = _("evaluation answers")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(usefulness__isnull=True)
                | models.Q(usefulness__gte=1, usefulness__lte=5),
                name="evaluation_answer_usefulness_1_to_5",
            ),
            models.CheckConstraint(
                condition=models.Q(hard_situations__isnull=True)
                | models.Q(hard_situations__gte=1, hard_situations__lte=5),
                name="evaluation_answer_hard_situations_1_to_5",
            ),
            models.CheckConstraint(
                condition=models.Q(recommend__isnull=True)
                | models.Q(recommend__gte=0, recommend__lte=10),
                name="evaluation_answer_recommend_0_to_10",
            ),
        ]

    def __str__(self):
        return str(_("Evaluation answer %(number)s") % {"number": self.pk})


class ImpactFigure(models.Model):
    """
    Whether /vaikuttavuus/ shows the figure computed from closed evaluation rounds: staff decide
    to publish, the figure itself is never typed in (``evaluations.impact``). One row.
    """

    published = models.BooleanField(
        _("show the figure on the impact page"),
        default=False,
        help_text=_(
            "The figure is computed from closed evaluation rounds and shown only when there are "
            "at least 30 answers from at least 5 processes."
        ),
    )

    class Meta:
        verbose_name = _("published impact figure")
        verbose_name_plural = _("published impact figure")

    def __str__(self):
        return str(_("Impact figure"))

    @classmethod
    def current(cls):
        return cls.objects.order_by("pk").first() or cls(published=False)
