"""
Events in the admin: the event with its dates and its registrations counted, cancelling an
event (everyone registered and waitlisted is told); the registrations, filtered by event, as
the participants' and the invoicing CSV.
"""

from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Q
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import admin_sending
from core.admin_sending import Outgoing
from services.admin import ContentAdmin

from . import emails, exports, workflow
from .models import Event, Registration, Session


class SessionInline(admin.TabularInline):
    model = Session
    extra = 1
    min_num = 1
    verbose_name = _("date")
    verbose_name_plural = _("dates (a series of dates is one event)")


def _counted(status):
    return Count("registrations", filter=Q(registrations__status=status), distinct=True)


@admin.register(Event)
class EventAdmin(ContentAdmin):
    list_display = ["title", "kind", "starts_at", "places", "registered", "waitlisted",
                    "cancelled", "published", "status"]  # fmt: skip
    list_filter = ["published", "kind", "status", "is_example"]
    search_fields = ["title"]
    date_hierarchy = "starts_at"
    ordering = ["-starts_at"]
    inlines = [SessionInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    filter_horizontal = ["forms", "leaders"]
    readonly_fields = ["taken", "status"]
    actions = ["publish", "unpublish", "cancel_events"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["kind", "title", "slug", "slug_sv", "slug_en", "lead", "description",
                           "audience", "forms", "leaders"]}),
        (_("Where"), {"fields": ["attendance", "place", "locality", "video_link", "meals"]}),
        (_("Price and places"), {"fields": ["price", "vat_rate", "places", "taken",
                                            "registration_closes"]}),
        (_("Cancellation"), {"fields": ["free_cancellation_days", "cancellation_terms"]}),
        (None, {"fields": ["published", "status", "is_example"]}),
    ]  # fmt: skip

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                registered_count=_counted(Registration.Status.REGISTERED),
                waitlisted_count=_counted(Registration.Status.WAITLISTED),
                cancelled_count=_counted(Registration.Status.CANCELLED),
            )
        )

    @admin.display(description=_("registered"), ordering="registered_count")
    def registered(self, event):
        return event.registered_count

    @admin.display(description=_("waitlist"), ordering="waitlisted_count")
    def waitlisted(self, event):
        return event.waitlisted_count

    @admin.display(description=_("cancelled"), ordering="cancelled_count")
    def cancelled(self, event):
        return event.cancelled_count

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        event = form.instance
        event.dates_changed()
        if change and "places" in form.changed_data:
            promoted = workflow.places_changed(event)
            if promoted:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d person on the waitlist got a place and is told by email.",
                        "%(count)d people on the waitlist got a place and are told by email.",
                        len(promoted),
                    )
                    % {"count": len(promoted)},
                )

    @admin.action(
        description=_("Cancel the selected events and tell everyone registered"),
        permissions=["change"],
    )
    def cancel_events(self, request, queryset):
        events = list(queryset.filter(status=Event.Status.SCHEDULED))
        if events and not admin_sending.confirmed(request):
            return admin_sending.ask(
                self,
                request,
                _("Cancel the events and email everyone registered?"),
                [{"item": event, "emails": _told_of_cancellation(event)} for event in events],
                admin_sending.action_fields(events, "cancel_events"),
            )
        told = sum(workflow.cancel_event(event) for event in events)
        self.message_user(
            request,
            ngettext(
                "The events are cancelled; %(count)d participant is told by email.",
                "The events are cancelled; %(count)d participants are told by email.",
                told,
            )
            % {"count": told},
            messages.SUCCESS,
        )


def _told_of_cancellation(event):
    """The emails cancelling ``event`` sends: one to each registered and waitlisted person."""
    return [
        Outgoing(
            registration.email,
            _("The cancellation of the event, with the calendar invite's cancellation.")
            if emails.had_invite(registration)
            else _("The cancellation of the event (on the waitlist: no invite to cancel)."),
        )
        for registration in event.registrations.active()
    ]


def _told_of_cancelled_registration(registration):
    what = (
        _("The cancellation, with the calendar invite's cancellation; the place goes to the "
          "first on the waitlist, who is told too.")
        if registration.is_registered
        else _("The confirmation that they left the waitlist.")
    )  # fmt: skip
    return [Outgoing(registration.email, what)]


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["name", "event", "status", "organisation", "created_at", "late_cancellation"]
    list_filter = ["status", "event", "invoicing", "late_cancellation"]
    list_select_related = ["event"]
    search_fields = ["name", "email", "organisation"]
    date_hierarchy = "created_at"
    actions = ["export_participants", "export_invoicing", "cancel_registrations"]
    fieldsets = [
        (None, {"fields": ["event", "status", "name", "email", "organisation", "job_title",
                           "dietary_needs", "language"]}),
        (_("Invoicing"), {"fields": ["invoicing", "e_invoice_address", "e_invoice_operator",
                                     "invoice_email", "buyer_reference"]}),
        (_("History"), {"fields": ["created_at", "queued_at", "promoted_at", "cancelled_at",
                                   "cancelled_by", "late_cancellation", "sent_sequence",
                                   "email_error", "staff_email_error", "reminder_sent_at"]}),
        (None, {"fields": ["staff_notes"]}),
    ]  # fmt: skip
    readonly_fields = ["event", "status", "created_at", "queued_at", "promoted_at",
                       "cancelled_at", "cancelled_by", "late_cancellation", "sent_sequence",
                       "email_error", "staff_email_error", "reminder_sent_at",
                       "language"]  # fmt: skip

    def has_add_permission(self, request):
        # Registrations come through the form, which gives out places in order.
        return False

    def _csv_response(self, content, filename):
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response

    @admin.action(description=_("Participants as CSV"), permissions=["view"])
    def export_participants(self, request, queryset):
        return self._csv_response(exports.participants(queryset), "osallistujat.csv")

    @admin.action(description=_("Invoicing as CSV"), permissions=["view"])
    def export_invoicing(self, request, queryset):
        return self._csv_response(exports.invoicing(queryset), "laskutus.csv")

    @admin.action(
        description=_("Cancel the selected registrations (the participants are told)"),
        permissions=["change"],
    )
    def cancel_registrations(self, request, queryset):
        active = list(queryset.active().select_related("event"))
        if active and not admin_sending.confirmed(request):
            return admin_sending.ask(
                self,
                request,
                _("Cancel the registrations and email the participants?"),
                [
                    {"item": registration, "emails": _told_of_cancelled_registration(registration)}
                    for registration in active
                ],
                admin_sending.action_fields(active, "cancel_registrations"),
            )
        cancelled = sum(
            workflow.cancel(registration, Registration.CancelledBy.STAFF) for registration in active
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d registration cancelled; the place goes to the waitlist.",
                "%(count)d registrations cancelled; the places go to the waitlist.",
                cancelled,
            )
            % {"count": cancelled},
            messages.SUCCESS,
        )
