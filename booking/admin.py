from datetime import datetime, timedelta

from django import forms
from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import inbox

from . import tasks
from .models import AUDIENCES, BlockedDays, Booking, Calendar, ExtraTime, WeeklyHours
from .timefmt import HELSINKI, slot_label
from .workflow import cancel, queue_emails


class WeeklyHoursInline(admin.TabularInline):
    model = WeeklyHours
    extra = 0
    verbose_name = _("weekly time")  # one row: "Lisää viikoittainen aika"
    verbose_name_plural = WeeklyHours._meta.verbose_name_plural


class ExtraTimeInline(admin.TabularInline):
    model = ExtraTime
    extra = 0


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
        (None, {"fields": ["is_example"]}),
    ]

    @admin.display(description=_("calendar feed"), boolean=True)
    def feed_status(self, calendar):
        return calendar.feed_token_hash is not None

    @admin.action(description=_("Create a new calendar feed address"), permissions=["change"])
    def regenerate_feed_address(self, request, queryset):
        """Each address is shown once here: only its hash is stored, and the old one stops."""
        for calendar in queryset.select_related("supervisor"):
            token = calendar.regenerate_feed_token()
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
    class Meta:
        model = Booking
        fields = ["start", "status", "staff_notes"]

    def clean(self):
        cleaned_data = super().clean()
        start = cleaned_data.get("start")
        status = cleaned_data.get("status")
        if start and status == Booking.Status.CONFIRMED:
            clash = (
                Booking.objects.active()
                .filter(supervisor_id=self.instance.supervisor_id, start=start)
                .exclude(pk=self.instance.pk)
            )
            if clash.exists():
                self.add_error("start", _("This supervisor already has a booking at this time."))
        return cleaned_data


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
        "supervisor", "end", "mode", "location", "topic_name", "name", "email", "phone",
        "organisation", "note", "map_summary", "created_at", "cancelled_at", "cancelled_by",
        "email_state", "reminder_sent_at",
    ]  # fmt: skip
    fieldsets = [
        (_("Time"), {"fields": ["start", "end", "supervisor", "mode", "location", "status"]}),
        (
            _("Client"),
            {
                "fields": [
                    "name",
                    "email",
                    "phone",
                    "organisation",
                    "topic_name",
                    "note",
                    "map_summary",
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
        unsent = Booking.objects.any_unsent().count()
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

    @admin.display(description=_("week"), ordering="start")
    def week(self, booking):
        return booking.start.astimezone(HELSINKI).isocalendar().week

    @admin.display(description=_("emails"))
    def emails(self, booking):
        pending = [
            audience
            for audience in AUDIENCES
            if getattr(booking, f"{audience}_sent_sequence") is None
            or getattr(booking, f"{audience}_sent_sequence") < booking.sequence
        ]
        if pending:
            return format_html('<strong class="enquiry-unsent">⚠ {}</strong>', _("Not sent yet"))
        return _("Sent")

    @admin.display(description=_("email"))
    def email_state(self, booking):
        return format_html(
            "{}<br>{}: {}{}",
            self.emails(booking),
            _("attempts"),
            booking.email_attempts,
            format_html("<br>{}", booking.email_error) if booking.email_error else "",
        )

    def save_model(self, request, obj, form, change):
        old = Booking.objects.get(pk=obj.pk)
        tell = False
        if "start" in form.changed_data:
            obj.end = obj.start + (old.end - old.start)
            obj.reminder_sent_at = None
            obj.new_manage_key()
            tell = True
        if "status" in form.changed_data:
            if obj.status == Booking.Status.CANCELLED:
                obj.cancelled_at = timezone.now()
                obj.cancelled_by = Booking.CancelledBy.STAFF
            else:
                obj.cancelled_at, obj.cancelled_by = None, ""
            tell = True
        if tell:
            obj.sequence = old.sequence + 1
        super().save_model(request, obj, form, change)
        if tell:
            queue_emails(obj)

    @admin.action(description=_("Cancel and tell the client"), permissions=["change"])
    def cancel_bookings(self, request, queryset):
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
