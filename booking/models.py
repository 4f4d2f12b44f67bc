"""
The booking app's data: the calendars with their hours, and the bookings with their queries.

What is done with a booking (book, cancel, move) is in ``workflow``; sending its emails and
reminders in ``delivery``; the free times in ``slots``.
"""

import secrets
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from core import page_cache
from core.languages import client_language_field
from core.models import ClientDetails, SelfServiceLink
from core.url_tokens import token_hash
from services.models import SupervisionForm
from supervisors.models import Supervisor

from .timefmt import slot_label

# How far ahead a calendar may offer times, and so the furthest time any booking may have.
LONGEST_HORIZON_DAYS = 366


class Mode(models.TextChoices):
    VIDEO = "video", _("By video")
    PHONE = "phone", _("By phone")
    ON_SITE = "on_site", _("On site")


def channel_name(mode):
    """What a first conversation by ``mode`` is, as a client reads it: "videopuhelu"."""
    names = {
        Mode.VIDEO: pgettext("channel", "video call"),
        Mode.PHONE: pgettext("channel", "phone call"),
        Mode.ON_SITE: pgettext("channel", "meeting on site"),
    }
    return names.get(mode, "")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


def new_free_times_version():
    """A version of a calendar's free times no earlier one can have had (booking.slots)."""
    return uuid.uuid4().hex


# One stamp for the free times of every calendar, in the shared cache: replaced once each
# change that gives a calendar a new ``free_times_version`` has committed, so that a page
# kept whole (the booking list, answered early) can tell it is current without the database.
FREE_TIMES_STAMP_KEY = "booking:free-times-stamp"


def free_times_stamp():
    """The current stamp; read it before the calendars a page is made of."""
    return page_cache.current_stamp(FREE_TIMES_STAMP_KEY)


class CalendarQuerySet(models.QuerySet):
    def bookable(self):
        """Calendars open for booking, of published supervisors."""
        return self.filter(is_open=True, supervisor__published=True)

    def free_times_changed(self):
        """
        Give these calendars' free times a new version, in the transaction of the change: a
        booking, a cancellation, a move, opening hours (booking.slots caches by the version).
        """
        changed = self.update(free_times_version=new_free_times_version())
        # After the write: outside a transaction the stamp is replaced at once.
        page_cache.replace_stamp_after_commit(FREE_TIMES_STAMP_KEY)
        return changed


class Calendar(models.Model):
    """A supervisor's times for free first conversations, and the rules for booking them."""

    supervisor = models.OneToOneField(
        Supervisor,
        verbose_name=_("supervisor"),
        on_delete=models.CASCADE,
        related_name="booking_calendar",
    )
    is_open = models.BooleanField(
        _("open for booking"),
        default=True,
        help_text=_("When off, no new times are offered; existing bookings stay."),
    )
    meeting_minutes = models.PositiveSmallIntegerField(_("meeting length (minutes)"), default=30)
    buffer_minutes = models.PositiveSmallIntegerField(
        _("buffer (minutes)"),
        default=0,
        help_text=_("Free time kept between two conversations."),
    )
    min_notice_hours = models.PositiveSmallIntegerField(
        _("minimum notice (hours)"),
        default=24,
        help_text=_("The earliest time offered is this many hours from now."),
    )
    horizon_days = models.PositiveSmallIntegerField(
        _("bookable ahead (days)"), default=42, help_text=_("How far ahead people may book.")
    )
    cancel_deadline_hours = models.PositiveSmallIntegerField(
        _("self-service deadline (hours)"),
        default=24,
        help_text=_(
            "Clients may cancel or move a booking themselves until this many hours before it."
        ),
    )
    mode = models.CharField(_("how"), max_length=20, choices=Mode.choices, default=Mode.VIDEO)
    location = models.CharField(
        _("place or instructions"),
        max_length=300,
        blank=True,
        help_text=_(
            "Shown to the client as written, in the confirmation and the invite: the address "
            "on site, or how the video link or call is arranged. The site addresses clients "
            "with “te”, e.g. “Videolinkki lähetetään sähköpostiinne päivää ennen.”"
        ),
    )
    # Only the hash of the calendar feed's secret token is kept (see regenerate_feed_token).
    feed_token_hash = models.CharField(
        max_length=64, unique=True, null=True, blank=True, editable=False
    )
    # Who made the feed's address: it is served only while they may still read bookings.
    feed_issued_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("feed address made by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
    )
    is_example = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_("Example opening hours for development, from load_example_content."),
    )
    # The version of the free times the cache holds for this calendar (booking.slots): new at
    # every change of the calendar, its hours and its supervisor's bookings, in the same
    # transaction. A random value, so that no version ever comes back.
    free_times_version = models.CharField(
        max_length=32, default=new_free_times_version, editable=False
    )

    objects = CalendarQuerySet.as_manager()

    class Meta:
        ordering = ["supervisor__order", "supervisor__name"]
        verbose_name = _("booking calendar")
        verbose_name_plural = _("booking calendars")

    def __str__(self):
        return str(self.supervisor)

    def save(self, *args, **kwargs):
        # Every save starts a new version of the free times, written with the change. So the
        # version an instance was loaded with (perhaps before a booking) is never saved back.
        self.free_times_version = new_free_times_version()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "free_times_version"}
        super().save(*args, **kwargs)
        page_cache.replace_stamp_after_commit(FREE_TIMES_STAMP_KEY)

    def clean(self):
        if self.meeting_minutes is not None and not 10 <= self.meeting_minutes <= 240:
            raise ValidationError(
                {"meeting_minutes": _("A meeting lasts between 10 and 240 minutes.")}
            )
        if self.horizon_days is not None and not 1 <= self.horizon_days <= LONGEST_HORIZON_DAYS:
            raise ValidationError({"horizon_days": _("Choose between 1 and 366 days.")})

    @property
    def meeting_length(self):
        return timedelta(minutes=self.meeting_minutes)

    @property
    def channel(self):
        """
        How its conversations are held, for the list of free times: "videopuhelu", "puhelu",
        or "tapaaminen paikan päällä, <the place>".
        """
        if self.mode == Mode.ON_SITE and self.location:
            return f"{channel_name(self.mode)}, {self.location}"
        return channel_name(self.mode)

    def regenerate_feed_token(self, issued_to):
        """
        Give the calendar feed a new secret address for ``issued_to`` (a staff member who may
        read bookings) and return its token, shown to them once; the old address stops working.
        """
        token = secrets.token_urlsafe(32)
        self.feed_token_hash = token_hash(token)
        self.feed_issued_to = issued_to
        self.save(update_fields=["feed_token_hash", "feed_issued_to"])
        return token

    def feed_is_readable(self):
        """
        Whether the feed may be served: it carries the clients' details, so only while whoever
        made its address is still an active staff member who may read bookings.
        """
        user = self.feed_issued_to
        return bool(
            self.feed_token_hash
            and user is not None
            and user.is_active
            and user.is_staff
            and user.has_perm("booking.view_booking")
        )


def _check_span(start, end):
    if start is not None and end is not None and end <= start:
        raise ValidationError({"end": _("The end must be after the start.")})


class WeeklyHours(models.Model):
    """A weekly window when first conversations can be booked, in Finnish time."""

    calendar = models.ForeignKey(Calendar, on_delete=models.CASCADE, related_name="weekly_hours")
    weekday = models.PositiveSmallIntegerField(_("weekday"), choices=Weekday.choices)
    start = models.TimeField(_("from"))
    end = models.TimeField(_("until"))

    class Meta:
        ordering = ["weekday", "start"]
        verbose_name = _("weekly opening hours")
        verbose_name_plural = _("weekly opening hours")

    def __str__(self):
        return f"{self.get_weekday_display()} {self.start:%H.%M}–{self.end:%H.%M}"

    def clean(self):
        _check_span(self.start, self.end)


class ExtraTime(models.Model):
    """One-off times on a given day, besides the weekly hours."""

    calendar = models.ForeignKey(Calendar, on_delete=models.CASCADE, related_name="extra_times")
    date = models.DateField(_("date"))
    start = models.TimeField(_("from"))
    end = models.TimeField(_("until"))

    class Meta:
        ordering = ["date", "start"]
        verbose_name = _("extra time")
        verbose_name_plural = _("extra times")

    def __str__(self):
        return f"{self.date:%d.%m.%Y} {self.start:%H.%M}–{self.end:%H.%M}"

    def clean(self):
        _check_span(self.start, self.end)


class BlockedDays(models.Model):
    """Days with no bookings at all: holidays, training, illness."""

    calendar = models.ForeignKey(Calendar, on_delete=models.CASCADE, related_name="blocked_days")
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    reason = models.CharField(_("reason (internal)"), max_length=200, blank=True)

    class Meta:
        ordering = ["first_day"]
        verbose_name = _("blocked days")
        verbose_name_plural = _("blocked days")

    def __str__(self):
        return f"{self.first_day:%d.%m.%Y}–{self.last_day:%d.%m.%Y}"

    def clean(self):
        if self.first_day and self.last_day and self.last_day < self.first_day:
            raise ValidationError({"last_day": _("The last day cannot be before the first.")})


# The two audiences of a booking's emails, each sent on its own track.
AUDIENCES = ("client", "staff")
# An email still unsent this long after its change (the worker sends within seconds) is late.
UNDELIVERED_AFTER = timedelta(minutes=1)


class BookingQuerySet(models.QuerySet):
    def active(self):
        return self.filter(status=Booking.Status.CONFIRMED)

    def upcoming(self, now=None):
        return self.filter(end__gt=now or timezone.now())

    def unsent(self, audience):
        """Bookings whose latest state has not been emailed to ``audience`` yet."""
        sent = f"{audience}_sent_sequence"
        return self.filter(Q(**{f"{sent}__isnull": True}) | Q(**{f"{sent}__lt": F("sequence")}))

    def any_unsent(self):
        return self.unsent("client") | self.unsent("staff")

    def undelivered(self, now=None):
        """
        Bookings with an unsent email that has failed, or has waited past UNDELIVERED_AFTER
        since the change it tells of: the ones staff should resend (one just queued is not).
        """
        now = now or timezone.now()
        return self.any_unsent().filter(
            Q(email_error__gt="") | Q(changed_at__lte=now - UNDELIVERED_AFTER)
        )

    def due_reminders(self, now=None):
        """
        Active bookings starting within BOOKING_REMINDER_HOURS that have had no reminder.

        A booking made in the last 12 hours needs none: its confirmation is fresh.
        """
        now = now or timezone.now()
        return self.active().filter(
            reminder_sent_at__isnull=True,
            start__gt=now,
            start__lte=now + timedelta(hours=settings.BOOKING_REMINDER_HOURS),
            created_at__lte=now - timedelta(hours=12),
        )

    def expired(self, now=None):
        """Bookings whose meeting ended more than BOOKING_RETENTION_DAYS ago."""
        now = now or timezone.now()
        return self.filter(end__lt=now - timedelta(days=settings.BOOKING_RETENTION_DAYS))


class Booking(SelfServiceLink, ClientDetails):
    """
    A free first conversation booked on the site. The client's own link cancels or moves it;
    moving the booking gives it a new key, so older links stop working.
    """

    manage_salt = "booking.manage"
    manage_url_name = "booking:manage"

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        CANCELLED = "cancelled", _("Cancelled")

    class CancelledBy(models.TextChoices):
        CLIENT = "client", _("The client")
        STAFF = "staff", _("Staff")

    supervisor = models.ForeignKey(
        Supervisor,
        verbose_name=_("supervisor"),
        on_delete=models.PROTECT,
        related_name="bookings",
    )
    start = models.DateTimeField(_("start"), db_index=True)
    end = models.DateTimeField(_("end"))
    mode = models.CharField(_("how"), max_length=20, choices=Mode.choices)
    location = models.CharField(_("place or instructions"), max_length=300, blank=True)
    topic = models.ForeignKey(
        SupervisionForm,
        verbose_name=_("form of supervision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="bookings",
    )
    topic_name = models.CharField(_("topic"), max_length=100, blank=True)
    sector = models.CharField(
        _("sector"), max_length=100, blank=True, help_text=_("The sector the client chose.")
    )

    note = models.TextField(_("note"), max_length=1000, blank=True)
    # Built on the server from the attached map's code or the team's aggregate (community_map).
    map_summary = models.TextField(
        _("work community map"),
        blank=True,
        editable=False,
        help_text=_("The map the client chose to attach, with the address to open it."),
    )

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True, editable=False)
    cancelled_by = models.CharField(
        _("cancelled by"), max_length=20, choices=CancelledBy.choices, blank=True, editable=False
    )
    staff_notes = models.TextField(
        _("staff notes"), blank=True, help_text=_("Internal notes; never shown to the client.")
    )
    created_at = models.DateTimeField(_("booked"), default=timezone.now, db_index=True)

    # Raised on every change the client and the supervisor are told of (the invite's SEQUENCE).
    sequence = models.PositiveIntegerField(_("revision"), default=0, editable=False)
    # When ``sequence`` last changed: how long its emails have waited (BookingQuerySet.undelivered).
    changed_at = models.DateTimeField(_("last change"), default=timezone.now, editable=False)
    client_sent_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)
    client_claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    staff_sent_sequence = models.PositiveIntegerField(null=True, blank=True, editable=False)
    staff_claimed_until = models.DateTimeField(null=True, blank=True, editable=False)
    email_attempts = models.PositiveSmallIntegerField(
        _("email attempts"), default=0, editable=False
    )
    email_error = models.TextField(_("email error"), blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(
        _("reminder sent"), null=True, blank=True, editable=False
    )
    reminder_claimed_until = models.DateTimeField(null=True, blank=True, editable=False)

    # The form showing's own key: the same form sent twice stores one booking.
    submission_key = models.CharField(
        max_length=32, unique=True, null=True, blank=True, editable=False
    )

    # The language the client used on the site: what is sent to them speaks it.
    language = client_language_field()

    objects = BookingQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        verbose_name = _("booking")
        verbose_name_plural = _("bookings")
        constraints = [
            # No double booking, whatever races: one active booking per supervisor and start.
            models.UniqueConstraint(
                fields=["supervisor", "start"],
                condition=Q(status="confirmed"),
                name="booking_one_active_per_supervisor_start",
                violation_error_message=_("This supervisor already has a booking at this time."),
            ),
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="booking_end_after_start"),
        ]

    def __str__(self):
        return f"{slot_label(self.start)} – {self.name}"

    @property
    def uid(self):
        """The invite's UID: the same for every update and the cancellation of this booking."""
        return f"ajanvaraus-{self.pk}@{settings.BOOKING_UID_DOMAIN}"

    @property
    def is_active(self):
        return self.status == self.Status.CONFIRMED

    def self_service_deadline(self):
        hours = self.calendar_deadline_hours()
        return self.start - timedelta(hours=hours)

    def calendar_deadline_hours(self):
        calendar = Calendar.objects.filter(supervisor_id=self.supervisor_id).first()
        return calendar.cancel_deadline_hours if calendar else 24

    @property
    def invite_location(self):
        """
        Where the conversation happens, as the invite's LOCATION says: the video instructions
        (or that the link comes before the meeting), the number the supervisor calls, or the
        address.
        """
        if self.mode == Mode.PHONE and self.phone:
            return gettext("Phone call to %(phone)s") % {"phone": self.phone}
        if self.mode == Mode.VIDEO and not self.location:
            return gettext("The video link is sent before the meeting")
        return self.location

    @property
    def channel(self):
        """The channel and where, for the confirmation and the emails: "Puhelu – ..."."""
        if self.mode == Mode.PHONE and self.phone:
            return gettext("Phone call – the supervisor calls %(phone)s") % {"phone": self.phone}
        name = channel_name(self.mode)
        name = name[:1].upper() + name[1:]
        where = self.invite_location
        return f"{name} – {where}" if where else name

    @property
    def minutes(self):
        return int((self.end - self.start).total_seconds() // 60)

    def changeable_by_client(self, now=None):
        return self.is_active and (now or timezone.now()) < self.self_service_deadline()


def free_times_changed(sender, instance, **kwargs):
    """
    Signal receiver (booking.apps): a saved or deleted booking or piece of opening hours gives
    its calendar's free times a new version, in the transaction that changes it.
    """
    if isinstance(instance, Booking):
        calendars = Calendar.objects.filter(supervisor_id=instance.supervisor_id)
    else:
        calendars = Calendar.objects.filter(pk=instance.calendar_id)
    calendars.free_times_changed()
