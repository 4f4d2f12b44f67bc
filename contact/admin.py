from datetime import datetime

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.db.models.functions import TruncMonth
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.text import Truncator, capfirst
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from community_map.attached_table import as_html as attached_map_html
from core import inbox

from . import tasks
from .models import Enquiry

MESSAGE_PREVIEW_CHARS = 80

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
    "attached_map",
    # The language they wrote in: the one to answer in.
    "language",
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
        return self.filtered(queryset, self.value())

    @staticmethod
    def filtered(queryset, value):
        match value:
            case "uusi":
                return queryset.filter(status=Enquiry.Status.NEW)
            case "kasitelty":
                return queryset.filter(status=Enquiry.Status.HANDLED)
            case "epaonnistui":
                return queryset.unsent()
            case "roskaposti":
                return queryset.filter(status=Enquiry.Status.SPAM)
        return queryset


class MonthFilter(admin.SimpleListFilter):
    """The months in which enquiries arrived, newest first."""

    title = _("month")
    parameter_name = "kuukausi"

    def lookups(self, request, model_admin):
        months = (
            model_admin.get_queryset(request)
            .annotate(month=TruncMonth("created_at"))
            .values_list("month", flat=True)
            .distinct()
            .order_by("-month")
        )
        return [(month.strftime("%Y-%m"), capfirst(date_format(month, "F Y"))) for month in months]

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        try:
            year, month = (int(part) for part in self.value().split("-"))
            start = timezone.make_aware(datetime(year, month, 1))
        except ValueError:
            raise IncorrectLookupParameters(_("Unknown month.")) from None
        end = timezone.make_aware(datetime(year + month // 12, month % 12 + 1, 1))
        return queryset.filter(created_at__gte=start, created_at__lt=end)


@admin.register(Enquiry)
class EnquiryAdmin(admin.ModelAdmin):
    """The inbox of contact enquiries: newest first, unsent ones impossible to miss."""

    list_display = [
        "status_badge",
        "sender",
        "topic_column",
        "message_start",
        "sent_at",
        "delivery_column",
    ]
    list_display_links = ["message_start"]
    list_filter = [StatusFilter, "topic_name", MonthFilter]
    search_fields = ["name", "email", "organisation"]
    list_per_page = 50
    actions = ["mark_handled", "mark_spam", "resend_notification"]
    readonly_fields = [*SUBMITTED_FIELDS, "handled_at", "notified_at", "notify_attempts",
                       "delivery_state", "notify_error"]  # fmt: skip

    def get_fieldsets(self, request, obj=None):
        delivery = ["notified_at", "notify_attempts", "delivery_state"]
        if request.user.is_superuser:
            # The technical text of the last failure, for whoever can fix the server.
            delivery.append("notify_error")
        return [
            (_("Enquiry"), {"fields": SUBMITTED_FIELDS}),
            (_("Handling"), {"fields": ["status", "handled_at", "staff_notes"]}),
            (_("Email to staff"), {"fields": delivery}),
        ]

    @admin.display(description=_("sender"), ordering="name")
    def sender(self, enquiry):
        """The name, opening the enquiry; the organisation; the address, to write to them."""
        organisation = format_html("<br>{}", enquiry.organisation) if enquiry.organisation else ""
        return format_html(
            '<a class="enquiry-sender" href="{}">{}</a>{}<br><a href="mailto:{}">{}</a>',
            reverse("admin:contact_enquiry_change", args=[enquiry.pk]),
            enquiry.name,
            organisation,
            enquiry.email,
            enquiry.email,
        )

    @admin.display(description=_("sent"), ordering="created_at")
    def sent_at(self, enquiry):
        return date_format(timezone.localtime(enquiry.created_at), "j.n.Y H.i")

    @admin.display(description=_("topic"), ordering="topic_name")
    def topic_column(self, enquiry):
        if enquiry.supervisor_name:
            return format_html(
                "{}<br>{}: {}", enquiry.topic_label, _("Supervisor"), enquiry.supervisor_name
            )
        return enquiry.topic_label

    @admin.display(description=_("message"))
    def message_start(self, enquiry):
        first_line = next((line for line in enquiry.message.splitlines() if line.strip()), "")
        return Truncator(first_line.strip()).chars(MESSAGE_PREVIEW_CHARS) or _("(empty)")

    @admin.display(description=_("email to staff"), ordering="notified_at")
    def delivery_column(self, enquiry):
        """The state in short; the reason of a failure is on the enquiry's own page."""
        return self.delivery_state(enquiry, with_reason=False)

    @admin.display(description=_("email to staff"))
    def delivery_state(self, enquiry, with_reason=True):
        if enquiry.notified_at:
            return format_html(
                "{} {}", _("Sent"), date_format(timezone.localtime(enquiry.notified_at), "j.n. H.i")
            )
        if enquiry.status == Enquiry.Status.SPAM:
            return _("Not sent (spam)")
        if enquiry.notify_error:
            return format_html(
                '<span class="enquiry-unsent">{}</span> {}',
                ngettext(
                    "Failed after %(count)d attempt.",
                    "Failed after %(count)d attempts.",
                    enquiry.notify_attempts,
                )
                % {"count": enquiry.notify_attempts},
                enquiry.delivery_problem if with_reason else "",
            )
        return _("Waiting to be sent")

    def get_queryset(self, request):
        return super().get_queryset(request).defer("map_summary", "staff_notes")

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("status"), ordering="status")
    def status_badge(self, enquiry):
        return format_html(
            '<span class="enquiry-status enquiry-status--{}">{}</span>',
            enquiry.status,
            enquiry.get_status_display(),
        )

    @admin.display(description=_("work community map"))
    def attached_map(self, enquiry):
        if not enquiry.map_summary:
            return _("No map attached.")
        return format_html(
            '<div class="enquiry-map">{}</div>', attached_map_html(enquiry.map_summary)
        )

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
        inbox.show_notices(self, request)
        return super().changelist_view(request, extra_context)

    @admin.action(description=_("Mark as handled"), permissions=["change"])
    def mark_handled(self, request, queryset):
        queryset.exclude(status=Enquiry.Status.HANDLED).update(
            status=Enquiry.Status.HANDLED, handled_at=timezone.now()
        )
        self.message_user(request, _("The selected enquiries were marked as handled."))
        return self.list_left_after_action(request)

    @admin.action(description=_("Mark as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        queryset.update(status=Enquiry.Status.SPAM)
        self.message_user(request, _("The selected enquiries were marked as spam."))
        return self.list_left_after_action(request)

    def list_left_after_action(self, request):
        """
        Back to the list as it was, unless the action emptied its status filter (the last
        new enquiry marked handled): then to all enquiries, not to "0 osumaa (yhteensä 1)".
        """
        status = request.GET.get(StatusFilter.parameter_name)
        if not status or StatusFilter.filtered(Enquiry.objects.all(), status).exists():
            return None
        remaining = request.GET.copy()
        del remaining[StatusFilter.parameter_name]
        query = remaining.urlencode()
        self.message_user(request, _("No enquiries are left with that status: showing all."))
        return HttpResponseRedirect(request.path + (f"?{query}" if query else ""))

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
