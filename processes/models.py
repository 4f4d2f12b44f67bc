"""
Supervision processes: a client organisation's supervision with its goals, the agreement the
purchaser accepts through a secret link, and how long it all is kept.

Only the process's own supervisors (``supervisors.Supervisor.account``) and those handling
processes see a process (``Process.objects.visible_to``). The agreement is drawn from the
process and the staff-written ``AgreementTerms``; each version the purchaser is shown is kept
as rendered (``AgreementVersion.content``), and an accepted one never changes: a later edit
makes a new version to accept (``agreements.current_version``).
"""

from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from community_map.models import TeamSurvey
from core.examples import EXAMPLE_HELP
from core.languages import client_language_field
from core.models import SelfServiceLink
from pricing.models import PriceRow
from services.models import SupervisionForm
from supervisors.models import Supervisor

# The permission that opens every process (handlers); without it, a supervisor's own only.
VIEW_ALL = "processes.view_all_processes"
DEFAULT_RETENTION_YEARS = 2


class ProcessQuerySet(models.QuerySet):
    def visible_to(self, user):
        """
        The processes ``user`` may see: every one for superusers and whoever may see them all
        (the role Työnohjausprosessien käsittelijä), their own for a supervisor (one of the
        process's supervisors, through their profile's staff account), none for anyone else.
        """
        if user is None or not user.is_active or not user.is_staff:
            return self.none()
        if user.is_superuser or user.has_perm(VIEW_ALL):
            return self.all()
        if not user.has_perm("processes.view_process"):
            return self.none()
        own = Process.supervisors.through.objects.filter(supervisor__account=user)
        return self.filter(pk__in=own.values("process_id"))

    def examples(self):
        return self.filter(is_example=True)

    def real(self):
        return self.filter(is_example=False)

    def expired(self, today=None):
        """Processes whose retention has run out (``purge_after`` before ``today``)."""
        today = today or timezone.localdate()
        # The years are counted in Python (a leap day ends on 1 March): the rows are few.
        fields = ("pk", "ended_on", "planned_end_on", "retention_years")
        expired = [p.pk for p in self.only(*fields) if p.purge_after < today]
        return self.filter(pk__in=expired)


class AgreementTerms(models.Model):
    """
    The consultancy's own terms of a supervision agreement, written by staff (STOry's
    checklist): the agreement prints them beside the process's own details. Several sets may
    exist (for example for individual and group supervision); each process names its set.
    """

    name = models.CharField(
        _("name"),
        max_length=120,
        help_text=_("For staff only, e.g. “Ryhmätyönohjaus 2027”."),
    )
    invoicing = models.TextField(
        _("price and invoicing"),
        help_text=_("How and when the supervision is invoiced, terms of payment."),
    )
    cancellation = models.TextField(
        _("cancellations and missed sessions"),
        help_text=_("Until when a session can be moved or cancelled, what a missed one costs."),
    )
    confidentiality = models.TextField(
        _("confidentiality and its limits"),
        help_text=_(
            "What stays within the supervision, and the limits (e.g. a duty to report, a "
            "danger to someone's safety)."
        ),
    )
    evaluation = models.TextField(
        _("evaluation"),
        help_text=_("When and how the supervision is evaluated against its goals."),
    )
    ending_early = models.TextField(
        _("ending early"), help_text=_("How either party may end the supervision early.")
    )
    other = models.TextField(_("other terms"), blank=True)
    is_example = models.BooleanField(_("example content"), default=False, help_text=EXAMPLE_HELP)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("agreement terms")
        verbose_name_plural = _("agreement terms")

    def __str__(self):
        return self.name


class Process(models.Model):
    """One client organisation's supervision: who, what, how often, towards which goals."""

    class Mode(models.TextChoices):
        ON_SITE = "on_site", _("On site")
        REMOTE = "remote", _("Remote")
        MIXED = "mixed", _("On site and remote")

    organisation = models.CharField(_("client organisation"), max_length=200)
    group_name = models.CharField(
        _("group or unit"),
        max_length=200,
        blank=True,
        help_text=_("E.g. Osasto 4:n hoitajat; empty for one person's supervision."),
    )
    purchaser_name = models.CharField(_("purchaser's name"), max_length=200)
    purchaser_title = models.CharField(_("purchaser's title"), max_length=200, blank=True)
    purchaser_email = models.EmailField(
        _("purchaser's email"),
        max_length=254,
        help_text=_("The agreement's link is sent here."),
    )
    supervisors = models.ManyToManyField(
        Supervisor, verbose_name=_("supervisors"), related_name="processes"
    )
    form = models.ForeignKey(
        SupervisionForm,
        verbose_name=_("form of supervision"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="processes",
    )
    participants = models.PositiveSmallIntegerField(
        _("participants"), validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    planned_sessions = models.PositiveSmallIntegerField(
        _("planned sessions"), validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    rhythm = models.CharField(
        _("rhythm"), max_length=200, help_text=_("E.g. kerran kuukaudessa, 90 min.")
    )
    mode = models.CharField(_("place or remote"), max_length=20, choices=Mode.choices)
    place = models.CharField(
        _("meeting place"),
        max_length=300,
        blank=True,
        help_text=_("The address on site; for remote sessions, e.g. Teams."),
    )
    price_row = models.ForeignKey(
        PriceRow,
        verbose_name=_("price"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="processes",
    )
    price_note = models.CharField(
        _("price details"),
        max_length=300,
        blank=True,
        help_text=_("Optional, e.g. an agreed discount or travel costs."),
    )
    employer_information = models.TextField(
        _("what the employer or purchaser is told"),
        help_text=_(
            "E.g. attendance and the evaluations' summaries, never what is said in the sessions."
        ),
    )
    terms = models.ForeignKey(
        AgreementTerms,
        verbose_name=_("agreement terms"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="processes",
        help_text=_("The terms the agreement prints; an agreement can be sent once they are set."),
    )
    starts_on = models.DateField(_("starts"))
    planned_end_on = models.DateField(_("planned end"))
    ended_on = models.DateField(
        _("ended"), null=True, blank=True, help_text=_("Set when the supervision has ended.")
    )
    retention_years = models.PositiveSmallIntegerField(
        _("kept for (years after the end)"),
        default=DEFAULT_RETENTION_YEARS,
        validators=[MaxValueValidator(10)],
        help_text=_(
            "The process, its goals, agreement, acceptance and evaluations are deleted this many "
            "years after the end (or the planned end)."
        ),
    )
    language = client_language_field(
        editable=True, help_text=_("The language of the agreement and the purchaser's emails.")
    )
    baseline_map = models.ForeignKey(
        TeamSurvey,
        verbose_name=_("team map at the start"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    followup_map = models.ForeignKey(
        TeamSurvey,
        verbose_name=_("team map follow-up"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_example = models.BooleanField(_("example content"), default=False, help_text=EXAMPLE_HELP)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ProcessQuerySet.as_manager()

    class Meta:
        ordering = ["-starts_on", "-pk"]
        verbose_name = _("supervision process")
        verbose_name_plural = _("supervision processes")
        permissions = [("view_all_processes", _("Can see and edit every supervision process"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(planned_end_on__gte=models.F("starts_on")),
                name="process_ends_after_start",
            ),
        ]

    def __str__(self):
        if self.group_name:
            return f"{self.organisation}: {self.group_name}"
        return self.organisation

    def clean(self):
        errors = {}
        if self.starts_on and self.planned_end_on and self.planned_end_on < self.starts_on:
            errors["planned_end_on"] = _("The planned end cannot be before the start.")
        if self.starts_on and self.ended_on and self.ended_on < self.starts_on:
            errors["ended_on"] = _("The end cannot be before the start.")
        if self.mode in (self.Mode.ON_SITE, self.Mode.MIXED) and not self.place:
            errors["place"] = _("Give the place of sessions held on site.")
        if (
            self.baseline_map_id
            and self.followup_map_id
            and self.baseline_map_id == self.followup_map_id
        ):
            errors["followup_map"] = _("The follow-up must be another survey than the first one.")
        if errors:
            raise ValidationError(errors)

    @property
    def end(self):
        """The day the supervision ended, or is planned to end."""
        return self.ended_on or self.planned_end_on

    @property
    def purge_after(self):
        """The last day the process is kept: ``retention_years`` after its end."""
        end = self.end
        years = self.retention_years
        try:
            return end.replace(year=end.year + years)
        except ValueError:  # 29 February
            return date(end.year + years, 3, 1)


class Goal(models.Model):
    """One goal of a process: what should change, and how the change is noticed."""

    process = models.ForeignKey(
        Process, verbose_name=_("process"), on_delete=models.CASCADE, related_name="goals"
    )
    position = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    change = models.TextField(_("what should change"), max_length=500)
    indicator = models.TextField(_("how we notice it"), max_length=500)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("goal")
        verbose_name_plural = _("goals")

    def __str__(self):
        return self.change


class AgreementQuerySet(models.QuerySet):
    def unsent(self):
        """Agreements whose link staff asked to send and that has not gone since."""
        return self.filter(send_requested_at__isnull=False).filter(
            Q(sent_at__isnull=True) | Q(sent_at__lt=models.F("send_requested_at"))
        )


class Agreement(SelfServiceLink):
    """
    A process's agreement and the purchaser's secret link to it (only its hash stored). The
    link stays the same through the versions: it shows the version to accept and the accepted
    ones. It goes with its process.
    """

    manage_salt = "processes.agreement"
    manage_url_name = "processes:agreement"

    process = models.OneToOneField(
        Process, verbose_name=_("process"), on_delete=models.CASCADE, related_name="agreement"
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    # The outbox (core.outbox): staff ask for the link to be sent; the worker sends it once.
    send_requested_at = models.DateTimeField(
        _("sending asked"), null=True, blank=True, editable=False
    )
    sent_at = models.DateTimeField(_("link sent"), null=True, blank=True, editable=False)
    sent_to = models.EmailField(_("sent to"), blank=True, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    email_attempts = models.PositiveSmallIntegerField(
        _("email attempts"), default=0, editable=False
    )
    email_error = models.TextField(_("email error"), blank=True, editable=False)

    objects = AgreementQuerySet.as_manager()

    class Meta:
        verbose_name = _("agreement")
        verbose_name_plural = _("agreements")

    def __str__(self):
        return str(self.process)

    @property
    def language(self):
        return self.process.language


class AgreementVersion(models.Model):
    """
    One version of a process's agreement as the purchaser was shown it, and its acceptance.
    ``content`` is the agreement rendered when the version was made; once accepted, it never
    changes. The acceptance (name, title, moment) is kept as long as the agreement.
    """

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("agreement"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("version"))
    language = models.CharField(_("language"), max_length=8, choices=settings.LANGUAGES)
    content = models.TextField(_("content"))
    # The SHA-256 of ``content``: an acceptance names the version it accepts by it, so a
    # version changed after the purchaser opened the page is not accepted unseen.
    digest = models.CharField(max_length=64)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("last changed"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_name = models.CharField(_("accepted by"), max_length=200, blank=True)
    accepted_title = models.CharField(_("accepter's title"), max_length=200, blank=True)

    class Meta:
        ordering = ["agreement", "number"]
        verbose_name = _("agreement version")
        verbose_name_plural = _("agreement versions")
        constraints = [
            models.UniqueConstraint(
                fields=["agreement", "number"], name="agreement_version_unique_number"
            ),
            models.CheckConstraint(
                condition=Q(accepted_at__isnull=True) | ~Q(accepted_name=""),
                name="agreement_version_accepted_by_someone",
            ),
        ]

    def __str__(self):
        return _("Version %(number)d") % {"number": self.number}

    @property
    def is_accepted(self):
        return self.accepted_at is not None
