from datetime import UTC, datetime, timedelta

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.db import router, transaction
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from community_map.attached_table import as_html as attached_map_html
from core import admin_sending, inbox

from . import outgoing, rules, tasks
from .models import AUDIENCES, BlockedDays, Booking, Calendar, ExtraTime, WeeklyHours
from .public_holidays import coming_holidays
from .timefmt import HELSINKI, day_label, slot_label
from .workflow import cancel, lock_supervisor, queue_emails

MOVE, CANCELLATION = "move", "cancellation"


class WeeklyHoursInline(admin.TabularInline):
    model = WeeklyHours
    extra = 0
    verbose_name = _("weekly time")  # one row: "Lisää viikoittainen aika"
    verbose_name_plural = WeeklyHours._meta.verbose_name_plural


class ExtraTimeInline(admin.TabularInline):
    model = ExtraTime
    extra = 0
    verbose_name_plural = _("extra times (also to open a public holiday)")


class BlockedDaysInline(admin.TabularInline):
    model = BlockedDays
    extra = 0
    verbose_name = _("closed day")  # one row: "Lisää suljettu päivä"
    verbose_name_plural = BlockedDays._meta.verbose_name_plural


@admin.register(Calendar)
class CalendarAdmin(admin.ModelAdmin):
    """Each supervisor's opening hours for first conversations and the rules for booking."""

    list_display = ["supervisor", "is_open", "mode", "meeting_minutes", "feed_status", "is_example"]
    list_filter = ["is_open", "mode", "is_example"]
    list_select_related = ["supervisor"]
    inlines = [WeeklyHoursInline, ExtraTimeInline, BlockedDaysInline]
    actions = ["regenerate_feed_address"]
    readonly_fields = ["skipped_holidays"]
    fieldsets = [
        (None, {"fields": ["supervisor", "is_open", "mode", "location"]}),
        (
            _("Rules"),
            {
                "fields": [
                    "meeting_minutes",
                    "buffer_minutes",
                    "min_notice_hours",
                    "horizon_days",
                    "cancel_deadline_hours",
                ]
            },
        ),
        (
            _("Public holidays"),
            {
                "fields": ["skipped_holidays"],
                "description": _(
                    "No weekly hours are offered on Finnish public holidays, Christmas Eve and "
                    "Midsummer Eve. To open one of these days, add an extra time for it."
                ),
            },
        ),
        (None, {"fields": ["is_example"]}),
    ]

    @admin.display(description=_("coming holidays (next 12 months)"))
    def skipped_holidays(self, calendar):
        """The holidays of the coming year, each marked when an extra time opens it."""
        today = timezone.now().astimezone(HELSINKI).date()
        opened = set()
        if calendar.pk:
            opened = set(calendar.extra_times.values_list("date", flat=True))
        rows = [
            (
                f"{day_label(day)}{day.year}",
                name,
                _("opened with an extra time") if day in opened else _("no times offered"),
            )
            for day, name in coming_holidays(today, 365)
        ]
        return format_html(
            '<ul class="booking-holidays">{}</ul>',
            format_html_join("", "<li>{} {} – {}</li>", rows),
        )

    @admin.display(description=_("calendar feed"), boolean=True)
    def feed_status(self, calendar):
        return calendar.feed_token_hash is not None

    def has_issue_feed_permission(self, request):
        """A feed carries the clients' details: only those who may read bookings make one."""
        return self.has_view_permission(request) and request.user.has_perm("booking.view_booking")

    @admin.action(description=_("Create a new calendar feed address"), permissions=["issue_feed"])
    def regenerate_feed_address(self, request, queryset):
        """
        Each address is shown once here: only its hash is stored. Replacing a working address
        (the old one stops at once) is asked first.
        """
        calendars = list(queryset.select_related("supervisor"))
        replaced = [calendar for calendar in calendars if calendar.feed_token_hash]
        if replaced and request.POST.get("confirm") != "yes":
            return TemplateResponse(
                request,
                "admin/booking/calendar/new_feed_confirmation.html",
                {
                    **self.admin_site.each_context(request),
                    "title": _("Replace the calendar feed address?"),
                    "opts": self.opts,
                    "calendars": calendars,
                    "replaced": replaced,
                    "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                },
            )
        for calendar in calendars:
            token = calendar.regenerate_feed_token(issued_to=request.user)
            url = request.build_absolute_uri(reverse("booking:feed", args=[token]))
            self.message_user(
                request,
                format_html(
                    "{} <code>{}</code>",
                    _(
                        "%(name)s's new calendar feed address (copy it now, it is shown only "
                        "once; the old address no longer works):"
                    )
                    % {"name": calendar.supervisor.name},
                    url,
                ),
                messages.SUCCESS,
            )


class WhenFilter(admin.SimpleListFilter):
    title = _("when")
    parameter_name = "milloin"

    def lookups(self, request, model_admin):
        return [
            ("tulevat", _("Upcoming")),
            ("tama-viikko", _("This week")),
            ("ensi-viikko", _("Next week")),
            ("menneet", _("Past")),
            ("kaikki", _("All")),
        ]

    def value(self):
        # The list opens on the bookings still to come.
        return super().value() or "tulevat"

    def choices(self, changelist):
        # Without Django's own "All" (no parameter), which now means "upcoming".
        yield from list(super().choices(changelist))[1:]

    def queryset(self, request, queryset):
        now = timezone.now()
        today = now.astimezone(HELSINKI).date()
        monday = today - timedelta(days=today.weekday())

        def week(offset):
            first = datetime.combine(
                monday + timedelta(weeks=offset), datetime.min.time(), tzinfo=HELSINKI
            )
            last = datetime.combine(
                monday + timedelta(weeks=offset + 1), datetime.min.time(), tzinfo=HELSINKI
            )
            return queryset.filter(start__gte=first, start__lt=last)

        match self.value():
            case "tulevat":
                return queryset.filter(end__gt=now)
            case "tama-viikko":
                return week(0)
            case "ensi-viikko":
                return week(1)
            case "menneet":
                return queryset.filter(end__lte=now)
        return queryset


class BookingAdminForm(forms.ModelForm):
    """
    Moving or cancelling a booking. A move keeps the rules of booking.rules, as the client's
    own move does; only a time outside opening hours can be confirmed, on purpose.
    """

    allow_outside_hours = forms.BooleanField(
        label=_("Allow a time outside opening hours"),
        required=False,
        help_text=_("Tick to move the booking to a time the supervisor's hours do not offer."),
    )

    class Meta:
        model = Booking
        fields = ["start", "status", "staff_notes"]

    def clean_start(self):
        start = self.cleaned_data["start"]
        try:
            return start.astimezone(UTC)
        except OverflowError:  # the first hours of the year 1
            raise forms.ValidationError(rules.PAST.message, code="past") from None

    def clean(self):
        cleaned_data = super().clean()
        start, status = cleaned_data.get("start"), cleaned_data.get("status")
        if start is None or status is None:
            return cleaned_data
        stored = Booking.objects.get(pk=self.instance.pk)
        moving = start != stored.start
        if not moving and status == stored.status:
            return cleaned_data
        if stored.is_active and status == Booking.Status.CANCELLED:
            if moving:
                self.add_error("start", _("Change either the time or the status, not both."))
            return cleaned_data
        # A move, or a cancelled booking confirmed or moved again: the same rules as the
        # client's move, checked and saved under the same lock (the admin saves in the
        # transaction it validates in).
        lock_supervisor(stored.supervisor_id)
        for objection in rules.objections(stored, start):
            if objection.overridable and cleaned_data.get("allow_outside_hours"):
                continue
            message = objection.message
            if objection.overridable:
                message = format_lazy(
                    "{} {}", message, _("Tick “Allow a time outside opening hours” to keep it.")
                )
            self.add_error("start", message)
        return cleaned_data

    def change_told(self):
        """What a valid save tells the client and the supervisor: MOVE, CANCELLATION or None."""
        if "start" in self.changed_data:
            return MOVE
        if "status" in self.changed_data:
            # Only a cancellation: clean() keeps a cancelled booking cancelled.
            return CANCELLATION
        return None


@admin.register(Booking)
class BookingAdmin(admin.ModelAdmin):
    """Booked first conversations: upcoming ones by week; move or cancel, the client is told."""

    form = BookingAdminForm
    list_display = ["when", "week", "supervisor", "name", "organisation", "status", "emails"]
    list_display_links = ["when", "name"]
    list_filter = [WhenFilter, "status", "supervisor"]
    list_select_related = ["supervisor"]
    search_fields = ["name", "email", "organisation"]
    date_hierarchy = "start"
    ordering = ["start"]
    list_per_page = 100
    actions = ["cancel_bookings", "resend_emails"]
    readonly_fields = [
        "when", "supervisor", "end", "mode", "location", "topic_name", "sector", "name", "email",
        "phone",
        "organisation", "note", "attached_map", "language", "created_at", "cancelled_at",
        "cancelled_by", "email_state", "reminder_sent_at",
    ]  # fmt: skip
    fieldsets = [
        (
            _("Time"),
            {
                "fields": [
                    "when",
                    "start",
                    "allow_outside_hours",
                    "end",
                    "supervisor",
                    "mode",
                    "location",
                    "status",
                ]
            },
        ),
        (
            _("Client"),
            {
                "fields": [
                    "name",
                    "email",
                    "phone",
                    "organisation",
                    "sector",
                    "topic_name",
                    "note",
                    "attached_map",
                    # The language they booked in: the one their emails speak.
                    "language",
                ]
            },
        ),
        (
            _("Handling"),
            {
                "fields": [
                    "staff_notes",
                    "created_at",
                    "cancelled_at",
                    "cancelled_by",
                    "email_state",
                    "reminder_sent_at",
                ]
            },
        ),
    ]

    def has_add_permission(self, request):
        return False

    def changelist_view(self, request, extra_context=None):
        # Not an email just queued (the worker sends it within seconds): one that failed or
        # is late.
        unsent = Booking.objects.undelivered().count()
        if unsent:
            self.message_user(
                request,
                ngettext(
                    "%(count)d booking's email has not been delivered yet. Select it and "
                    "send again.",
                    "%(count)d bookings' emails have not been delivered yet. Select them and "
                    "send again.",
                    unsent,
                )
                % {"count": unsent},
                messages.WARNING,
            )
        return super().changelist_view(request, extra_context)

    @admin.display(description=_("time"), ordering="start")
    def when(self, booking):
        return slot_label(booking.start)

    @admin.display(description=_("work community map"))
    def attached_map(self, booking):
        if not booking.map_summary:
            return _("No map attached.")
        return attached_map_html(booking.map_summary)

    @admin.display(description=_("week"), ordering="start")
    def week(self, booking):
        return booking.start.astimezone(HELSINKI).isocalendar().week

    @staticmethod
    def _unsent(booking):
        """The audiences that do not have this booking's latest state by email yet."""
        return [
            audience
            for audience in AUDIENCES
            if getattr(booking, f"{audience}_sent_sequence") is None
            or getattr(booking, f"{audience}_sent_sequence") < booking.sequence
        ]

    @staticmethod
    def _sent_or_not(sent):
        if sent:
            return _("Sent")
        return format_html('<strong class="enquiry-unsent">⚠ {}</strong>', _("Not sent yet"))

    @admin.display(description=_("emails"))
    def emails(self, booking):
        return self._sent_or_not(not self._unsent(booking))

    @admin.display(description=_("email"))
    def email_state(self, booking):
        """Whether the client and the staff have this booking's latest state, and why not."""
        unsent = self._unsent(booking)
        recipients = {"client": _("To the client"), "staff": _("To the staff")}
        lines = [
            format_html("{}: {}", recipients[audience], self._sent_or_not(audience not in unsent))
            for audience in AUDIENCES
        ]
        if unsent:
            # How many times sending has been tried in all, while something is still unsent.
            lines.append(format_html("{}: {}", _("Attempts to send"), booking.email_attempts))
        if booking.email_error:
            lines.append(format_html("{}: {}", _("Last error"), booking.email_error))
        return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        if request.method == "POST" and object_id and not admin_sending.confirmed(request):
            confirmation = self._confirm_emails_of_save(request, object_id)
            if confirmation is not None:
                return confirmation
        return super().changeform_view(request, object_id, form_url, extra_context)

    def _confirm_emails_of_save(self, request, object_id):
        """
        The confirmation step, when the posted form is valid and saving it emails the client;
        None otherwise (the admin then saves, or shows the form's errors, as usual).
        """
        booking = self.get_object(request, unquote(object_id))
        if booking is None or not self.has_change_permission(request, booking):
            return None
        stored = Booking.objects.select_related("supervisor").get(pk=booking.pk)
        form = self.get_form(request, booking, change=True)(
            request.POST, request.FILES, instance=booking
        )
        with transaction.atomic(using=router.db_for_write(Booking)):
            if not form.is_valid():
                return None
        told = form.change_told()
        if told is None:
            return None
        if told == MOVE:
            title = _("Move the booking and email the client?")
            change = _("New time: %(new)s (now %(old)s).") % {
                "new": slot_label(form.cleaned_data["start"]),
                "old": slot_label(stored.start),
            }
            sent = outgoing.for_move(stored)
        else:
            title = _("Cancel the booking and email the client?")
            change = _("The booking is cancelled.")
            sent = outgoing.for_cancellation(stored)
        posted = [
            (name, value)
            for name, values in request.POST.lists()
            if name != "csrfmiddlewaretoken"
            for value in values
        ]
        return admin_sending.ask(
            self, request, title, [{"item": stored, "change": change, "emails": sent}], posted
        )

    def save_model(self, request, obj, form, change):
        old = Booking.objects.get(pk=obj.pk)
        told = form.change_told()
        if told == MOVE:
            obj.end = obj.start + (old.end - old.start)
            obj.reminder_sent_at = None
            obj.new_manage_key()
        if told == CANCELLATION:
            obj.cancelled_at = timezone.now()
            obj.cancelled_by = Booking.CancelledBy.STAFF
        if told:
            obj.sequence = old.sequence + 1
            obj.changed_at = timezone.now()
        super().save_model(request, obj, form, change)
        if told:
            queue_emails(obj)

    @admin.action(description=_("Cancel and tell the client"), permissions=["change"])
    def cancel_bookings(self, request, queryset):
        active = list(queryset.active().select_related("supervisor"))
        if active and not admin_sending.confirmed(request):
            return admin_sending.ask(
                self,
                request,
                _("Cancel the bookings and email the clients?"),
                [
                    {"item": booking, "emails": outgoing.for_cancellation(booking)}
                    for booking in active
                ],
                admin_sending.action_fields(active, "cancel_bookings"),
            )
        count = sum(cancel(booking, Booking.CancelledBy.STAFF) for booking in queryset.active())
        self.message_user(
            request,
            ngettext(
                "%(count)d booking was cancelled; the client gets the cancellation by email.",
                "%(count)d bookings were cancelled; the clients get the cancellation by email.",
                count,
            )
            % {"count": count},
        )

    @admin.action(description=_("Send the unsent emails again"), permissions=["change"])
    def resend_emails(self, request, queryset):
        pending = list(queryset.any_unsent().values_list("pk", flat=True).distinct())
        if pending and not admin_sending.confirmed(request):
            bookings = Booking.objects.filter(pk__in=pending).select_related("supervisor")
            return admin_sending.ask(
                self,
                request,
                _("Send the unsent emails again?"),
                [{"item": booking, "emails": outgoing.for_resend(booking)} for booking in bookings],
                admin_sending.action_fields(bookings, "resend_emails"),
            )
        for pk in pending:
            tasks.send_booking_emails.enqueue(pk)
        self.message_user(
            request,
            ngettext(
                "%(count)d booking was queued for sending.",
                "%(count)d bookings were queued for sending.",
                len(pending),
            )
            % {"count": len(pending)},
        )


@inbox.notice
def inbox_notice(model_admin, request):
    """Tell staff in the enquiry inbox about upcoming bookings, so none is handled twice."""
    if not request.user.has_perm("booking.view_booking"):
        return
    upcoming = Booking.objects.active().upcoming().count()
    if upcoming:
        model_admin.message_user(
            request,
            format_html(
                '{} <a href="{}">{}</a>',
                ngettext(
                    "%(count)d booked first conversation is coming up.",
                    "%(count)d booked first conversations are coming up.",
                    upcoming,
                )
                % {"count": upcoming},
                reverse("admin:booking_booking_changelist") + "?milloin=tulevat",
                _("Show the bookings."),
            ),
            messages.INFO,
        )
