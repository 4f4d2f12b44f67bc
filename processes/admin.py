"""
Supervision processes in the admin, for those handling processes and for supervisors.

Every way into a process (the list, its change, history and delete pages, the agreement's
preview, the actions, a search or an autocomplete) goes through ``get_queryset``, which is
``Process.objects.visible_to``: a supervisor never reaches another's process, whatever the
address. No django-reversion here: its recovery list would show deleted processes to anyone
who may add one.
"""

from adminsortable2.admin import SortableAdminBase, SortableTabularInline
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from core import admin_sending
from core.admin_sending import Outgoing

from . import agreements, tasks
from .links import purchaser_link
from .models import VIEW_ALL, Agreement, AgreementTerms, Goal, Process
from .templatetags.processes import local_moment


def _moment(moment):
    """``3.12.2026 klo 14.05`` in Finnish time (the admin is Finnish)."""
    return local_moment(moment)


EXAMPLE_BANNER = _("Example – not a real process. Delete it before going live.")


def sees_all(user):
    return user.is_superuser or user.has_perm(VIEW_ALL)


class GoalInline(SortableTabularInline):
    model = Goal
    fields = ["change", "indicator"]
    extra = 0
    min_num = 1

    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and self._may_edit(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._may_edit(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._may_edit(request, obj)

    def _may_edit(self, request, obj):
        return obj is None or Process.objects.visible_to(request.user).filter(pk=obj.pk).exists()


@admin.register(Process)
class ProcessAdmin(SortableAdminBase, admin.ModelAdmin):
    list_display = ["__str__", "supervisor_names", "starts_on", "planned_end_on", "ended_on",
                    "agreement_state", "example"]  # fmt: skip
    list_filter = ["is_example", "mode", "form"]
    search_fields = ["organisation", "group_name", "purchaser_name"]
    date_hierarchy = "starts_on"
    filter_horizontal = ["supervisors"]
    inlines = [GoalInline]
    actions = ["send_agreement_links"]
    readonly_fields = ["agreement_versions", "purge_after_day", "created_at"]
    fieldsets = [
        (None, {"fields": ["organisation", "group_name", "supervisors", "form", "is_example"]}),
        (_("Purchaser"), {"fields": ["purchaser_name", "purchaser_title", "purchaser_email",
                                     "language"]}),
        (_("Supervision"), {"fields": ["participants", "planned_sessions", "rhythm", "mode",
                                       "place", "starts_on", "planned_end_on", "ended_on"]}),
        (_("Price and terms"), {"fields": ["price_row", "price_note", "terms"]}),
        (_("What the employer or purchaser is told"), {"fields": ["employer_information"]}),
        (_("Work community maps"), {"fields": ["baseline_map", "followup_map"]}),
        (_("Agreement"), {"fields": ["agreement_versions"]}),
        (_("Retention"), {"fields": ["retention_years", "purge_after_day", "created_at"]}),
    ]  # fmt: skip

    def get_queryset(self, request):
        queryset = Process.objects.visible_to(request.user)
        return queryset.prefetch_related("supervisors", "agreement__versions").select_related(
            "agreement"
        )

    def _visible(self, request, obj):
        return obj is None or self.get_queryset(request).filter(pk=obj.pk).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._visible(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._visible(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._visible(request, obj)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not sees_all(request.user):
            # Any team's survey could be chosen from the list: linking one is for those who
            # see every process (or for the team map's own follow-up).
            readonly += ["baseline_map", "followup_map"]
        return readonly

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change, **kwargs)
        user = request.user
        if sees_all(user):
            return form

        class OwnProcessForm(form):
            def clean(self):
                cleaned = super().clean()
                chosen = cleaned.get("supervisors")
                if chosen is not None and not any(s.account_id == user.pk for s in chosen):
                    raise ValidationError(
                        _("Choose yourself among the supervisors: otherwise you could no longer "
                          "see the process.")
                    )  # fmt: skip
                return cleaned

        return OwnProcessForm

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # An accepted agreement never changes: an edit that changes its text makes a new
        # version for the purchaser to accept.
        current = agreements.refresh(form.instance)
        if current is not None and not current.is_accepted:
            self._warn_if_too_long(request, current)

    def _warn_if_too_long(self, request, version):
        warning = agreements.too_long(version)
        if warning:
            self.message_user(request, warning, messages.WARNING)

    def _seen_or_404(self, request, object_id):
        """A process the user may not see does not exist for them (404, never a redirect)."""
        process = self.get_object(request, unquote(object_id))
        if process is None:
            raise Http404
        return process

    def change_view(self, request, object_id, form_url="", extra_context=None):
        process = self._seen_or_404(request, object_id)
        if process.is_example and request.method == "GET":
            self.message_user(request, EXAMPLE_BANNER, messages.WARNING)
        return super().change_view(request, object_id, form_url, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        self._seen_or_404(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        self._seen_or_404(request, object_id)
        return super().delete_view(request, object_id, extra_context)

    @admin.display(description=_("supervisors"))
    def supervisor_names(self, process):
        return ", ".join(supervisor.name for supervisor in process.supervisors.all())

    @admin.display(description=_("example"), boolean=True, ordering="is_example")
    def example(self, process):
        return process.is_example

    @admin.display(description=_("agreement"))
    def agreement_state(self, process):
        agreement = getattr(process, "agreement", None)
        if agreement is None:
            return _("not made")
        latest = max(agreement.versions.all(), key=lambda version: version.number, default=None)
        if latest is None:
            return _("not made")
        if latest.is_accepted:
            return _("version %(number)d accepted") % {"number": latest.number}
        return _("version %(number)d waiting for acceptance") % {"number": latest.number}

    @admin.display(description=_("versions and acceptances"))
    def agreement_versions(self, process):
        if process.pk is None:
            return _("The agreement can be seen once the process is saved.")
        lacks = agreements.missing(process)
        preview = reverse("admin:processes_process_agreement", args=[process.pk])
        parts = []
        if lacks:
            parts.append(format_html("<p>{}</p>", " ".join(str(lack) for lack in lacks)))
        else:
            parts.append(
                format_html(
                    '<p><a href="{}">{}</a> · <a href="{}">{}</a></p>',
                    preview,
                    _("The agreement as the purchaser sees it"),
                    reverse("admin:processes_process_agreement_pdf", args=[process.pk]),
                    _("PDF"),
                )
            )
        agreement = Agreement.objects.filter(process=process).first()
        if agreement is not None:
            if agreement.sent_at:
                parts.append(
                    format_html(
                        "<p>{}</p>",
                        _("The link was last sent to %(email)s on %(day)s.")
                        % {
                            "email": agreement.sent_to,
                            "day": _moment(agreement.sent_at),
                        },
                    )
                )
            if agreement.email_error:
                parts.append(format_html("<p>{}</p>", _("The last sending failed.")))
            rows = format_html_join(
                "",
                "<li>{}</li>",
                ((self._version_line(process, version),) for version in agreement.versions.all()),
            )
            if rows:
                parts.append(format_html("<ul>{}</ul>", rows))
        return format_html_join("", "{}", ((part,) for part in parts))

    def _version_line(self, process, version):
        link = format_html(
            '<a href="{}">{}</a>',
            reverse("admin:processes_process_agreement", args=[process.pk])
            + f"?versio={version.number}",
            version,
        )
        if version.is_accepted:
            return format_html(
                "{}: {} {}, {}{}",
                link,
                _("accepted"),
                _moment(version.accepted_at),
                version.accepted_name,
                f", {version.accepted_title}" if version.accepted_title else "",
            )
        return format_html("{}: {}", link, _("waiting for acceptance"))

    @admin.display(description=_("deleted after"))
    def purge_after_day(self, process):
        if process.pk is None:
            return "–"
        day = process.purge_after
        return f"{day.day}.{day.month}.{day.year}"

    # The agreement as staff see it before sending: the same template as the purchaser's.

    def get_urls(self):
        view = self.admin_site.admin_view
        return [
            path("<path:object_id>/sopimus/", view(self.agreement_view),
                 name="processes_process_agreement"),
            path("<path:object_id>/sopimus/pdf/", view(self.agreement_pdf_view),
                 name="processes_process_agreement_pdf"),
            *super().get_urls(),
        ]  # fmt: skip

    def _process_or_404(self, request, object_id):
        process = self._seen_or_404(request, object_id)
        if not self.has_view_permission(request, process):
            raise Http404
        return process

    def _version_or_404(self, request, object_id):
        """The version asked for in ``?versio=N``, else the current one (made if may edit)."""
        process = self._process_or_404(request, object_id)
        agreement = Agreement.objects.filter(process=process).first()
        asked = request.GET.get("versio")
        if asked is not None:
            version = (
                agreement
                and agreement.versions.filter(
                    number=int(asked) if asked.isdigit() and len(asked) < 7 else 0
                ).first()
            )
        elif agreements.missing(process):
            version = None
        elif self.has_change_permission(request, process):
            version = agreements.current_version(process)
        else:
            # A viewer only: the latest version, without making one.
            version = agreement and agreement.versions.order_by("-number").first()
        if version is None:
            raise Http404
        return process, version

    def agreement_view(self, request, object_id):
        process, version = self._version_or_404(request, object_id)
        if not version.is_accepted:
            self._warn_if_too_long(request, version)
        return TemplateResponse(
            request,
            "admin/processes/agreement.html",
            {
                **self.admin_site.each_context(request),
                **agreements.document_context(version),
                "opts": self.opts,
                "original": process,
                "title": _("Agreement: %(process)s") % {"process": process},
            },
        )

    def agreement_pdf_view(self, request, object_id):
        process, version = self._version_or_404(request, object_id)
        response = HttpResponse(agreements.pdf(version), content_type="application/pdf")
        response["Content-Disposition"] = (
            f'inline; filename="tyonohjaussopimus-{process.pk}-{version.number}.pdf"'
        )
        return response

    # Sending the purchaser's link, after a confirmation that names whom it goes to.

    @admin.action(
        description=_("Send the agreement's link to the purchaser"), permissions=["change"]
    )
    def send_agreement_links(self, request, queryset):
        processes = list(queryset)
        ready = [process for process in processes if not agreements.missing(process)]
        not_ready = [process for process in processes if agreements.missing(process)]
        for process in not_ready:
            self.message_user(
                request,
                _("%(process)s: %(lacks)s")
                % {"process": process, "lacks": " ".join(map(str, agreements.missing(process)))},
                messages.ERROR,
            )
        if not ready:
            return None
        if not admin_sending.confirmed(request):
            return admin_sending.ask(
                self,
                request,
                _("Send the agreement's link to the purchaser?"),
                [{"item": process, "emails": _link_email(process)} for process in ready],
                admin_sending.action_fields(ready, "send_agreement_links"),
            )
        for process in ready:
            request_sending(process)
        self.message_user(
            request,
            ngettext(
                "The agreement's link is being sent to %(count)d purchaser.",
                "The agreement's link is being sent to %(count)d purchasers.",
                len(ready),
            )
            % {"count": len(ready)},
            messages.SUCCESS,
        )
        return None


def _link_email(process):
    return [
        Outgoing(
            process.purchaser_email,
            _("The link to read and accept the agreement (in %(language)s).")
            % {"language": process.get_language_display().lower()},
        )
    ]


def request_sending(process):
    """Make the agreement's current version and have its link emailed to the purchaser once."""
    agreements.current_version(process)
    agreement = purchaser_link(process)
    Agreement.objects.filter(pk=agreement.pk).update(send_requested_at=timezone.now())
    transaction.on_commit(lambda: tasks.send_agreement_link.enqueue(agreement.pk), robust=True)


@admin.register(AgreementTerms)
class AgreementTermsAdmin(admin.ModelAdmin):
    list_display = ["name", "example", "updated_at"]
    search_fields = ["name"]
    fields = ["name", "invoicing", "cancellation", "confidentiality", "evaluation",
              "ending_early", "other", "is_example"]  # fmt: skip

    @admin.display(description=_("example"), boolean=True, ordering="is_example")
    def example(self, terms):
        return terms.is_example
