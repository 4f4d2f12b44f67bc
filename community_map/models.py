from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.languages import client_language_field
from core.models import StoredAnswerCode
from services.models import KeyQuestion, Publishable, SupervisionForm


class Band(models.TextChoices):
    """Score bands of a dimension's average (1–5)."""

    LOW = "low", _("Needs attention (under 2.5)")
    MIDDLE = "middle", _("Partly in order (2.5–3.5)")
    HIGH = "high", _("A strength (over 3.5)")


class Dimension(Publishable):
    """One axis of the map: one of the six key questions of developing work."""

    name = models.CharField(_("name"), max_length=60)
    slug = models.SlugField(_("short name"), max_length=40, unique=True)
    key_question = models.ForeignKey(
        KeyQuestion,
        verbose_name=_("key question"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        help_text=_("The key question this dimension explores; shown with it."),
    )
    description = models.CharField(
        _("description"), max_length=300, blank=True, help_text=_("One sentence for the visitor.")
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("dimension")
        verbose_name_plural = _("dimensions")

    def __str__(self):
        return self.name


class Statement(Publishable):
    """A statement about one's work community, rated from 1 (disagree) to 5 (agree)."""

    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimension"), on_delete=models.CASCADE, related_name="statements"
    )
    text = models.CharField(_("statement"), max_length=300)
    reverse_scored = models.BooleanField(
        _("reverse scored"),
        default=False,
        help_text=_("Agreeing lowers the dimension's score (for negatively phrased statements)."),
    )
    crisis = models.BooleanField(
        _("crisis indicator"),
        default=False,
        help_text=_("Agreeing signals an acute crisis; rules of the kind “crisis” react to it."),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self):
        return self.text


class Reflection(models.Model):
    """What the map says of a dimension whose average falls in a band."""

    dimension = models.ForeignKey(
        Dimension, verbose_name=_("dimension"), on_delete=models.CASCADE, related_name="reflections"
    )
    band = models.CharField(_("score band"), max_length=10, choices=Band.choices)
    text = models.TextField(_("reflection"), max_length=1000)

    class Meta:
        ordering = ["dimension", "band"]
        verbose_name = _("reflection")
        verbose_name_plural = _("reflections")
        constraints = [
            models.UniqueConstraint(fields=["dimension", "band"], name="one_reflection_per_band"),
        ]

    def __str__(self):
        return f"{self.dimension}: {self.get_band_display()}"


class RecommendationRule(Publishable):
    """When the map shows a pattern, recommend a form of supervision, and say why."""

    class Kind(models.TextChoices):
        DIMENSION_BELOW = "dimension_below", _("A dimension's average is below the threshold")
        CRISIS_AT_LEAST = (
            "crisis_at_least",
            _("A crisis statement is answered at least the threshold"),
        )
        OVERALL_BELOW = "overall_below", _("The average of all dimensions is below the threshold")

    supervision_form = models.ForeignKey(
        SupervisionForm, verbose_name=_("form of supervision"), on_delete=models.CASCADE
    )
    kind = models.CharField(_("condition"), max_length=20, choices=Kind.choices)
    dimension = models.ForeignKey(
        Dimension,
        verbose_name=_("dimension"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        help_text=_("Only for the condition on a dimension's average."),
    )
    threshold = models.DecimalField(
        _("threshold"),
        max_digits=3,
        decimal_places=1,
        help_text=_("On the 1–5 scale, e.g. 3.0."),
    )
    reason = models.CharField(
        _("reason shown to the visitor"), max_length=300, help_text=_("Why this form fits.")
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("recommendation rule")
        verbose_name_plural = _("recommendation rules")

    def __str__(self):
        return f"{self.get_kind_display()} → {self.supervision_form}"

    def clean(self):
        if self.kind == self.Kind.DIMENSION_BELOW and self.dimension_id is None:
            raise ValidationError({"dimension": _("Choose the dimension this condition is about.")})
        if not 1 <= float(self.threshold or 0) <= 5:
            raise ValidationError({"threshold": _("Give a threshold between 1 and 5.")})


class TeamSurvey(models.Model):
    """
    A team's shared map, run like a ballot: each member answers once with a single-use answer
    code; the leader, who holds the results link, sees the aggregate under ``team_figures``'
    rules.

    The results token is stored only as its SHA-256 hash, the codes only as keyed digests:
    the database alone opens neither the results nor the questionnaire. Dates are days, never
    times.
    """

    class Reveal(models.TextChoices):
        CLOSED = "closed", _("Only after the survey has closed")
        STEPS = "steps", _("While open, in steps of the smallest number of answers")

    name = models.CharField(_("team name"), max_length=80, blank=True)
    member_count = models.PositiveSmallIntegerField(
        _("members (answer codes)"),
        null=True,
        blank=True,
        help_text=_("Empty for a survey made with one shared answer link, before answer codes."),
    )
    threshold = models.PositiveSmallIntegerField(
        _("smallest number of answers"),
        default=5,
        help_text=_("Nothing but the count is shown before this many have answered."),
    )
    reveal = models.CharField(
        _("figures shown"), max_length=10, choices=Reveal.choices, default=Reveal.CLOSED
    )
    legacy_answer_token = models.CharField(
        _("shared answer token (before answer codes)"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
    )
    results_token_hash = models.CharField(_("results token hash"), max_length=64, unique=True)
    created_on = models.DateField(_("created on"))
    ends_on = models.DateField(_("ends on"), db_index=True)
    closed_on = models.DateField(_("closed early on"), null=True, blank=True)
    answer_count = models.PositiveIntegerField(_("answers"), default=0)
    # Which codes have answered, as their sorted digests: kept here on the survey's row, never
    # on a code's own row, which would be written in the same transaction as the answer and
    # carry that transaction's id in the database's bookkeeping (PostgreSQL's xmin), tying
    # the two. Sorted, the list says nothing of the order in which the codes were used.
    used_codes = models.JSONField(_("used answer codes"), default=list, editable=False)
    # In "steps" mode: how many steps of ``threshold`` answers the results show.
    shown_steps = models.PositiveSmallIntegerField(_("steps shown"), default=0)

    # The language the client used on the site: what is sent to them speaks it.
    language = client_language_field()

    # A follow-up: the survey it repeats, and what keeps the two rounds comparable.
    follows = models.ForeignKey(
        "self",
        verbose_name=_("follow-up of"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="follow_ups",
    )
    # The statements a follow-up asks, by id: those its baseline asked, whatever staff have
    # published since. Empty for any other survey, which asks the published statements.
    statement_ids = models.JSONField(_("statements asked"), default=list, editable=False)
    # A follow-up the leader started: the baseline's results token, sealed with this survey's
    # own (``team.seal``), so that its results page can lead back. Empty when staff started it.
    baseline_link = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        ordering = ["-created_on", "-pk"]
        verbose_name = _("team survey")
        verbose_name_plural = _("team surveys")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(threshold__gte=3), name="team_survey_threshold_at_least_3"
            ),
            models.CheckConstraint(
                condition=models.Q(member_count__isnull=True)
                | models.Q(answer_count__lte=models.F("member_count")),
                name="team_survey_one_answer_per_code",
            ),
            # One follow-up of a survey at a time (a deleted one may be started again).
            models.UniqueConstraint(
                fields=["follows"],
                condition=models.Q(follows__isnull=False),
                name="team_survey_one_follow_up",
            ),
        ]

    def __str__(self):
        return self.name or _("Team survey %(number)s") % {"number": self.pk}

    @property
    def has_codes(self):
        return self.member_count is not None


class AnswerCode(StoredAnswerCode):
    """A team member's answer code; whether it has been used the survey's ``used_codes`` says."""

    survey = models.ForeignKey(TeamSurvey, on_delete=models.CASCADE, related_name="answer_codes")


class TeamResponse(models.Model):
    """
    One member's answers, and nothing else: no name, address, browser, cookie, code or time.

    ``answers`` maps a statement's id (as text) to 0–5, like the personal map's code. ``step``
    is the step of the results it was first shown in ("steps" mode), empty until then.
    """

    survey = models.ForeignKey(
        TeamSurvey, verbose_name=_("survey"), on_delete=models.CASCADE, related_name="responses"
    )
    answers = models.JSONField(_("answers"))
    step = models.PositiveSmallIntegerField(_("shown in step"), null=True, blank=True)

    class Meta:
        verbose_name = _("team answer")
        verbose_name_plural = _("team answers")

    def __str__(self):
        return str(_("Team answer %(number)s") % {"number": self.pk})


class TeamLinkEmail(models.Model):
    """
    The leader's request to have the results link emailed: kept only until the email is sent.

    The task queue is given this row's id alone, so that neither the address nor the link lands
    in the queue's own records. The row holds ``results_key``, from which the results token is
    derived with the site's secret key, never the token itself; sending deletes the row, and
    with it the only way to the token.
    """

    survey = models.ForeignKey(TeamSurvey, on_delete=models.CASCADE, related_name="+")
    email = models.EmailField()
    results_key = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self):
        return f"TeamLinkEmail {self.pk}"
