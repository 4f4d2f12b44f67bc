from django.contrib import admin, messages
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from booking import admin as booking_admin

from . import tasks
from .models import Enquiry

SUBMITTED_FIELDS = [
    "created_at",
    "name",
    "email",
    "phone",
    "organisation",
    "topic_name",
    "supervisor_name",
    "group_size",
    "delivery",
    "contact_method",
    "message",
    "map_summary",
]


class StatusFilter(admin.SimpleListFilter):
    title = _("status")
    parameter_name = "tila"

    def lookups(self, request, model_admin):
        return [
            ("uusi", _("New")),
            ("kasitelty", _("Handled")),
            ("epaonnistui", _("Sending failed")),
            ("roskaposti", _("Spam")),
        ]

    def queryset(self, request, queryset):
        match self.value():
            case "uusi":
                return queryset.filter(status=Enquiry.Status.NEW)
            case "kasitelty":
                return queryset.filter(status=Enquiry.Status.HANDLED)
            case "epaonnistui":
                return queryset.unsent()
            case "roskaposti":
                return queryset.filter(status=Enquiry.Status.SPAM)
        return queryset


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin):
    """The inbox of contact enquiries: newest first, unsent ones impossible to miss."""

    list_display = [
        "created_at",
        "name",
        "organisation",
        "topic_name",
        "supervisor_name",
        "status_badge",
    ]
    list_display_links = ["created_at", "name"]
    list_filter = [StatusFilter, "topic_name", "created_at"]
    search_fields = ["name", "email", "organisation"]
    date_hierarchy = "created_at"
    list_per_page = 50
    actions = ["mark_handled", "mark_spam", "resend_notification"]
    readonly_fields = [*SUBMITTED_FIELDS, "handled_at", "notified_at", "notify_attempts",
                       "notify_error"]  # fmt: skip
    fieldsets = [
        (_("Enquiry"), {"fields": SUBMITTED_FIELDS}),
        (_("Handling"), {"fields": ["status", "handled_at", "staff_notes"]}),
        (
            _("Email to staff"),
            {"fields": ["notified_at", "notify_attempts", "notify_error"]},
        ),
    ]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, enquiry):
        if enquiry.notification_failed:
            return format_html('<strong class="enquiry-unsent">⚠ {}</strong>', _("Sending failed"))
        return enquiry.get_status_display()

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data and obj.status == Enquiry.Status.HANDLED:
            obj.handled_at = timezone.now()
        super().save_model(request, obj, form, change)

    def changelist_view(self, request, extra_context=None):
        unsent = Enquiry.objects.unsent().count()
        if unsent:
            url = reverse("admin:contact_enquiry_changelist") + "?tila=epaonnistui"
            self.message_user(
                request,
                format_html(
                    '{} <a href="{}">{}</a>',
                    ngettext(
                        "%(count)d enquiry has not reached staff by email.",
                        "%(count)d enquiries have not reached staff by email.",
                        unsent,
                    )
                    % {"count": unsent},
                    url,
                    _("Show them and resend."),
                ),
                messages.WARNING,
            )
        booking_admin.inbox_notice(self, request)
        return super().changelist_view(request, extra_context)

    @admin.action(description=_("Mark as handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        queryset.exclude(status=Enquiry.Status.HANDLED).update(
            status=Enquiry.Status.HANDLED, handled_at=timezone.now()
        )
        self.message_user(request, _("The selected enquiries were marked as handled."))

    @admin.action(description=_("Mark as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        queryset.update(status=Enquiry.Status.SPAM)
        self.message_user(request, _("The selected enquiries were marked as spam."))

    @admin.action(description=_("Send the email to staff again"), permissions=["change"])
    def resend_notification(self, request, queryset):
        """Queue the unsent ones for the worker; those already sent are never sent twice."""
        pending = list(queryset.unsent().values_list("pk", flat=True))
        for pk in pending:
            tasks.notify_staff.enqueue(pk)
        self.message_user(
            request,
            ngettext(
                "%(count)d enquiry was queued for sending. Its state updates in a moment.",
                "%(count)d enquiries were queued for sending. Their state updates in a moment.",
                len(pending),
            )
            % {"count": len(pending)},
            messages.SUCCESS if pending else messages.INFO,
        )
