"""
Training days, info sessions and webinars, and the registrations for them.

An event's free places are kept in one counter, ``Event.taken``, that only conditional
UPDATEs change and a CHECK constraint holds below ``places``: whatever the races, the database
gives out no more places than there are. What is done with a registration (register, cancel,
promote from the waitlist) is in ``workflow``; its emails in ``delivery``.
"""

from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.examples import EXAMPLE_HELP
from core.languages import client_language_field
from core.local_times import span_label
from core.models import SelfServiceLink, WorkflowFields
from pricing.vat import DEFAULT_RATE, Price, VatRate
from services import markdown
from services.models import MARKDOWN_HELP, PublishedQuerySet, SupervisionForm, TranslatedAddress
from supervisors.models import Supervisor

# The page whose title and text head the list of events (/koulutukset/), edited by staff.
LIST_SLUG = "koulutukset"


class EventQuerySet(PublishedQuerySet):
    def coming(self, now=None):
        """Events whose last session has not ended (past ones are hidden from the public)."""
        return self.filter(ends_at__gt=now or timezone.now())

    def listed(self, now=None):
        """What the public list shows: published, coming, not cancelled; the soonest first."""
        return self.published().coming(now).exclude(status=Event.Status.CANCELLED)


class Event(WorkflowFields, TranslatedAddress):
    """A training day, an info session or a webinar: one event, perhaps of several dates."""

    class Kind(models.TextChoices):
        TRAINING_DAY = "training_day", _("Training day")
        INFO_SESSION = "info_session", _("Info session")
        WEBINAR = "webinar", _("Webinar")

    class Attendance(models.TextChoices):
        ON_SITE = "on_site", _("On site")
        ONLINE = "online", _("Online")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        CANCELLED = "cancelled", _("Cancelled")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=100, unique=True)
    lead = models.TextField(
        _("lead"), max_length=400, help_text=_("One or two sentences for the list and search.")
    )
    description = models.TextField(_("description"), help_text=MARKDOWN_HELP)
    audience = models.CharField(
        _("for whom"),
        max_length=300,
        help_text=_("Who the event is meant for, e.g. “Esihenkilöt ja HR-asiantuntijat”."),
    )
    forms = models.ManyToManyField(
        SupervisionForm,
        verbose_name=_("related forms of supervision"),
        blank=True,
        related_name="events",
    )
    leaders = models.ManyToManyField(
        Supervisor, verbose_name=_("led by"), blank=True, related_name="events"
    )

    attendance = models.CharField(
        _("attendance"), max_length=20, choices=Attendance.choices, default=Attendance.ON_SITE
    )
    place = models.CharField(
        _("place"),
        max_length=300,
        blank=True,
        help_text=_("The address on site, shown on the page and in the invite."),
    )
    locality = models.CharField(
        _("town"), max_length=100, blank=True, help_text=_("E.g. Helsinki; for search engines.")
    )
    video_link = models.URLField(
        _("video link"),
        blank=True,
        help_text=_(
            "Sent to registered participants only, in the reminder the day before; never shown "
            "on the site."
        ),
    )
    meals = models.BooleanField(
        _("meals served"), default=False, help_text=_("Registrants are asked for dietary needs.")
    )

    price = models.DecimalField(
        _("price per participant without VAT (€)"),
        max_digits=8,
        decimal_places=2,
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("0 for a free event."),
    )
    vat_rate = models.CharField(
        _("VAT rate"), max_length=8, choices=VatRate.choices, default=DEFAULT_RATE
    )
    places = models.PositiveSmallIntegerField(
        _("places"), validators=[MinValueValidator(1)], help_text=_("How many can take part.")
    )
    # How many places registrations hold: changed only by conditional UPDATEs (workflow).
    taken = models.PositiveSmallIntegerField(_("places taken"), default=0, editable=False)
    registration_closes = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration is open until the event starts."),
    )
    free_cancellation_days = models.PositiveSmallIntegerField(
        _("free cancellation (days before)"),
        default=7,
        help_text=_(
            "Participants may cancel free of charge until this many days before the start; "
            "after that the fee is charged. They can still cancel, so that the place goes to "
            "the waitlist."
        ),
    )
    cancellation_terms = models.TextField(
        _("other cancellation terms"),
        blank=True,
        help_text=_(
            "Optional, shown under the cancellation terms, e.g. that a colleague may come instead."
        ),
    )

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED,
        editable=False,
    )  # fmt: skip
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    # Raised when the dates or the place change, or the event is cancelled: with each
    # registration's own sequence, the invite's SEQUENCE.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    # The first session's start and the last one's end, kept by Session's saves: the list
    # orders and filters by them in SQL.
    starts_at = models.DateTimeField(_("starts"), null=True, blank=True, editable=False)
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True, editable=False)

    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Unpublished events are hidden from the public site."),
    )
    is_example = models.BooleanField(_("example content"), default=False, help_text=EXAMPLE_HELP)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta(TranslatedAddress.Meta):
        ordering = ["starts_at", "pk"]
        verbose_name = _("event")
        verbose_name_plural = _("events")
        constraints = [
            *TranslatedAddress.Meta.constraints,
            # The last word on overbooking: no race can take more places than there are.
            models.CheckConstraint(
                condition=Q(taken__lte=F("places")), name="event_taken_within_places"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("events:detail", args=[self.address_slug()])

    def clean(self):
        if self.places is not None and self.places < self.taken:
            raise ValidationError(
                {
                    "places": _(
                        "%(taken)d places are already taken: cancel registrations before "
                        "lowering the places below that."
                    )
                    % {"taken": self.taken}
                }
            )
        if self.attendance == self.Attendance.ON_SITE and not self.place:
            raise ValidationError({"place": _("Give the address of an event held on site.")})

    @cached_property
    def dates(self):
        """``["ti 8.12. klo 9.00–12.00", …]``: each date in Finnish time (sessions prefetched)."""
        return [span_label(session.start, session.end) for session in self.sessions.all()]

    def rendered_description(self):
        return markdown.render(self.description)[0]

    @property
    def is_online(self):
        return self.attendance == self.Attendance.ONLINE

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    @property
    def is_free(self):
        return not self.price

    @property
    def price_parts(self):
        """The price per participant with its VAT (pricing.vat), or None when it is free."""
        return None if self.is_free else Price(self.price, self.vat_rate)

    @property
    def places_left(self):
        return max(self.places - self.taken, 0)

    def closes_at(self):
        """When registration closes: the deadline staff set, else the start."""
        return self.registration_closes or self.starts_at

    def registration_open(self, now=None):
        now = now or timezone.now()
        return (
            self.published
            and not self.is_cancelled
            and self.starts_at is not None
            and now < self.closes_at()
        )

    def free_cancellation_until(self):
        return self.starts_at - timedelta(days=self.free_cancellation_days)

    def dates_changed(self):
        """Keep the first start and last end from the sessions (after a session's change)."""
        span = self.sessions.aggregate(first=models.Min("start"), last=models.Max("end"))
        Event.objects.filter(pk=self.pk).update(starts_at=span["first"], ends_at=span["last"])
        self.starts_at, self.ends_at = span["first"], span["last"]


class Session(models.Model):
    """One date of an event: a series of dates is one event."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))

    class Meta:
        ordering = ["start"]
        verbose_name = _("date")
        verbose_name_plural = _("dates")
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="session_end_after_start")
        ]

    def __str__(self):
        return span_label(self.start, self.end)

    def clean(self):
        if self.start and self.end and self.end <= self.start:
            raise ValidationError({"end": _("The end must be after the start.")})


# An email still unsent this long after its change (the worker sends within seconds) is late.
UNDELIVERED_AFTER = timedelta(minutes=1)


class RegistrationQuerySet(models.QuerySet):
    def holding_place(self):
        return self.filter(status=Registration.Status.REGISTERED)

    def waitlisted(self):
        # In the order they joined: each joins under the event's lock (workflow), so the
        # primary keys are given in that order.
        return self.filter(status=Registration.Status.WAITLISTED).order_by("pk")

    def active(self):
        return self.exclude(status=Registration.Status.CANCELLED)

    def unsent(self):
        """Registrations whose latest state has not been emailed to the participant yet."""
        return self.filter(Q(sent_sequence__isnull=True) | Q(sent_sequence__lt=F("sequence")))

    def staff_unsent(self):
        """Registrations staff have not yet been told of (see Registration.staff_sequence)."""
        return self.filter(staff_sequence__gt=0).filter(
            Q(staff_sent_sequence__isnull=True) | Q(staff_sent_sequence__lt=F("staff_sequence"))
        )

    def due_reminders(self, now=None):
        """
        Registered participants of events starting within EVENT_REMINDER_HOURS, not reminded
        yet; one registered in the last 12 hours needs none, unless the event is online (the
        reminder carries the video link).
        """
        now = now or timezone.now()
        return self.holding_place().filter(
            Q(created_at__lte=now - timedelta(hours=12)) | Q(event__attendance="online"),
            reminder_sent_at__isnull=True,
            event__status=Event.Status.SCHEDULED,
            event__starts_at__gt=now,
            event__starts_at__lte=now + timedelta(hours=settings.EVENT_REMINDER_HOURS),
        )

    def expired(self, now=None):
        """Registrations of events that ended more than EVENT_RETENTION_DAYS ago."""
        now = now or timezone.now()
        return self.filter(event__ends_at__lt=now - timedelta(days=settings.EVENT_RETENTION_DAYS))


class Registration(WorkflowFields, SelfServiceLink):
    """
    One participant's registration for an event (a form may register several), which they
    cancel with their own link.
    """

    manage_salt = "events.manage"
    manage_url_name = "events:manage"

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITLISTED = "waitlisted", _("On the waitlist")
        CANCELLED = "cancelled", _("Cancelled")

    class CancelledBy(models.TextChoices):
        PARTICIPANT = "participant", _("The participant")
        STAFF = "staff", _("Staff")
        EVENT = "event", _("The event was cancelled")

    class Invoicing(models.TextChoices):
        ORGANISATION = "organisation", _("My organisation pays")
        PRIVATE = "private", _("I pay myself")

    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, editable=False)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("email"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    job_title = models.CharField(_("title"), max_length=200, blank=True)
    dietary_needs = models.CharField(_("dietary needs"), max_length=300, blank=True)

    invoicing = models.CharField(
        _("invoicing"), max_length=20, choices=Invoicing.choices, blank=True
    )
    e_invoice_address = models.CharField(_("e-invoice address"), max_length=35, blank=True)
    e_invoice_operator = models.CharField(_("e-invoice operator"), max_length=35, blank=True)
    invoice_email = models.EmailField(_("invoicing email"), max_length=254, blank=True)
    buyer_reference = models.CharField(_("buyer's reference"), max_length=100, blank=True)
    # Several people registered in one form share its key: one organisation's group.
    group_key = models.CharField(max_length=32, editable=False, db_index=True)
    # One form's participants in the order written, with the group's key: a form sent twice
    # stores one group.
    group_position = models.PositiveSmallIntegerField(default=0, editable=False)

    created_at = models.DateTimeField(_("registered"), default=timezone.now, db_index=True)
    # The waitlist's order: when the participant joined it.
    queued_at = models.DateTimeField(
        _("joined the waitlist"), null=True, blank=True, editable=False
    )
    promoted_at = models.DateTimeField(
        _("got a place from the waitlist"), null=True, blank=True, editable=False
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    cancelled_by = models.CharField(
        _("cancelled by"), max_length=20, choices=CancelledBy.choices, blank=True, editable=False
    )
    # A participant who cancelled after the free cancellation period pays the fee.
    late_cancellation = models.BooleanField(_("cancelled late"), default=False, editable=False)
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Internal notes; never shown to the participant.")
    )

    # Raised on every change the participant is told of; with the event's, the invite's SEQUENCE.
    sequence = models.PositiveIntegerField(default=0, editable=False)
    changed_at = models.DateTimeField(_("last change"), default=timezone.now, editable=False)
    sent_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)
    claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    email_attempts = models.PositiveSmallIntegerField(
        _("email attempts"), default=0, editable=False
    )
    email_error = models.TextField(_("email error"), blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(
        _("reminder sent"), null=True, blank=True, editable=False
    )
    reminder_claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    # Raised when staff should hear of the registration: the group's first registration when
    # the form is sent (the notice lists the whole group), any one when its participant
    # cancels it. Staff's own changes and promotions from the waitlist tell staff nothing.
    staff_sequence = models.PositiveIntegerField(default=0, editable=False)
    staff_sent_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)
    staff_claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    staff_email_error = models.TextField(
        _("error of the email to staff"), blank=True, editable=False
    )

    # The language the participant used on the site: what is sent to them speaks it.
    language = client_language_field()

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "group_position", "pk"]
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        constraints = [
            models.UniqueConstraint(
                fields=["group_key", "group_position"], name="registration_one_per_form_row"
            ),
            # One active registration per person and event.
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(status="cancelled"),
                name="registration_one_active_per_email",
                violation_error_message=_("This email address is already registered."),
            ),
        ]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def uid(self):
        """The invite's UID: the same for every update and the cancellation."""
        return f"koulutus-{self.event_id}-{self.pk}@{settings.BOOKING_UID_DOMAIN}"

    @property
    def invite_sequence(self):
        return self.event.sequence + self.sequence

    @property
    def is_registered(self):
        return self.status == self.Status.REGISTERED

    @property
    def is_waitlisted(self):
        return self.status == self.Status.WAITLISTED

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def waitlist_position(self):
        """Where the participant stands in the event's waitlist (1 = next), or None."""
        if not self.is_waitlisted:
            return None
        ahead = Registration.objects.waitlisted().filter(event_id=self.event_id, pk__lt=self.pk)
        ahead = ahead.count()
        return ahead + 1

    def cancellation_is_free(self, now=None):
        """Whether cancelling now costs nothing: on the waitlist, free events, or in time."""
        if not self.is_registered or self.event.is_free:
            return True
        return (now or timezone.now()) < self.event.free_cancellation_until()

    def cancellable(self, now=None):
        """The participant may cancel themself until the event starts."""
        return not self.is_cancelled and (now or timezone.now()) < self.event.starts_at
