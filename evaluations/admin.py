"""
Evaluation rounds in the admin, for those handling processes and a process's own supervisors
(``Process.objects.visible_to``): making a round with its answer codes, printing the code
slips, closing a round early, and the results of a process's rounds with the one-page summary
as HTML and PDF. Answer codes and answers have no admin: nobody sees a single answer.
"""

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core.admin_base import SingleRecordAdmin
from processes.models import Process

from . import results, rounds
from .models import MIN_THRESHOLD, EvaluationRound, ImpactFigure


class EvaluationRoundForm(forms.ModelForm):
    class Meta:
        model = EvaluationRound
        fields = ["process", "kind", "opens_on", "closes_on", "threshold", "code_count"]

    def clean_threshold(self):
        threshold = self.cleaned_data["threshold"]
        if threshold is not None and threshold < MIN_THRESHOLD:
            raise forms.ValidationError(
                _("At least %(count)s, so that no answer can be singled out."),
                params={"count": MIN_THRESHOLD},
            )
        return threshold

    def clean(self):
        data = super().clean()
        opens_on, closes_on = data.get("opens_on"), data.get("closes_on")
        if opens_on and closes_on and closes_on < opens_on:
            self.add_error("closes_on", _("The round cannot close before it opens."))
        return data


@admin.register(EvaluationRound)
class EvaluationRoundAdmin(admin.ModelAdmin):
    form = EvaluationRoundForm
    list_display = ["process", "kind", "opens_on", "closes_on", "answered", "state"]
    list_filter = ["kind"]
    search_fields = ["process__organisation", "process__group_name"]

    def get_queryset(self, request):
        visible = Process.objects.visible_to(request.user)
        return super().get_queryset(request).filter(process__in=visible).select_related("process")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "process":
            kwargs["queryset"] = Process.objects.visible_to(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return ["links"]
        if rounds.is_closed(obj):
            # A closed round never opens again: figures shown once are never redrawn from a
            # few more answers.
            return ["process", "kind", "opens_on", "closes_on", "threshold", "code_count",
                    "answered", "state", "links"]  # fmt: skip
        # Made once: the codes are handed out, and the privacy rule is the participants' promise.
        return ["process", "code_count", "threshold", "answered", "state", "links"]

    def get_fields(self, request, obj=None):
        fields = ["process", "kind", "opens_on", "closes_on", "threshold", "code_count"]
        if obj is not None:
            fields += ["answered", "state", "links"]
        return fields

    @admin.display(description=_("answers"))
    def answered(self, item):
        return f"{item.answer_count} / {item.code_count}"

    @admin.display(description=_("state"))
    def state(self, item):
        if rounds.is_closed(item):
            return _("closed")
        if rounds.is_open(item):
            return _("open")
        return _("not open yet")

    @admin.display(description=_("results and codes"))
    def links(self, item):
        return format_html(
            '<a href="{}">{}</a> · <a href="{}">{}</a>',
            reverse("admin:evaluations_evaluationround_slips", args=[item.pk]),
            _("Print the code slips"),
            reverse("admin:evaluations_evaluationround_results", args=[item.pk]),
            _("Results of the process's evaluations"),
        )

    def save_model(self, request, obj, form, change):
        if not change:
            obj.code_seed = rounds.new_seed()
        super().save_model(request, obj, form, change)
        if not change:
            rounds.add_codes(obj)

    def get_urls(self):
        own = [
            path(
                "<int:pk>/koodit/",
                self.admin_site.admin_view(self.slips_view),
                name="evaluations_evaluationround_slips",
            ),
            path(
                "<int:pk>/sulje/",
                self.admin_site.admin_view(self.close_view),
                name="evaluations_evaluationround_close",
            ),
            # The results of every round of the round's process.
            path(
                "<int:pk>/tulokset/",
                self.admin_site.admin_view(self.results_view),
                name="evaluations_evaluationround_results",
            ),
            path(
                "<int:pk>/yhteenveto/",
                self.admin_site.admin_view(self.summary_view),
                name="evaluations_evaluationround_summary",
            ),
            path(
                "<int:pk>/yhteenveto.pdf",
                self.admin_site.admin_view(self.summary_pdf_view),
                name="evaluations_evaluationround_summary_pdf",
            ),
        ]
        return own + super().get_urls()

    def _round(self, request, pk, change=False):
        item = get_object_or_404(self.get_queryset(request), pk=pk)
        allowed = (
            self.has_change_permission(request, item)
            if change
            else self.has_view_or_change_permission(request, item)
        )
        if not allowed:
            raise PermissionDenied
        return item

    def slips_view(self, request, pk):
        item = self._round(request, pk)
        return TemplateResponse(
            request,
            "admin/evaluations/slips.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Answer codes"),
                "round": item,
                "sheets": rounds.sheets(rounds.codes_of(item)),
                "closed": rounds.is_closed(item),
                "site_url": settings.SITE_URL.rstrip("/"),
            },
        )

    def close_view(self, request, pk):
        item = self._round(request, pk, change=True)
        if request.method == "POST" and not rounds.is_closed(item):
            rounds.close(item)
            messages.success(request, _("The round has closed: its figures can now be shown."))
        return HttpResponseRedirect(
            reverse("admin:evaluations_evaluationround_results", args=[item.pk])
        )

    def results_view(self, request, pk):
        item = self._round(request, pk)
        process = item.process
        return TemplateResponse(
            request,
            "admin/evaluations/results.html",
            {
                **self.admin_site.each_context(request),
                **results.context(process),
                "title": _("Evaluations: %(process)s") % {"process": process},
                "round": item,
                "can_change": self.has_change_permission(request),
            },
        )

    def summary_view(self, request, pk):
        process = self._round(request, pk).process
        return TemplateResponse(request, "evaluations/summary.html", results.context(process))

    def summary_pdf_view(self, request, pk):
        process = self._round(request, pk).process
        return results.summary_pdf_response(process, f"arviointi-{process.pk}.pdf")


@admin.register(ImpactFigure)
class ImpactFigureAdmin(SingleRecordAdmin, admin.ModelAdmin):
    fields = ["published"]

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_or_change_permission(request):
            raise PermissionDenied
        return super().changelist_view(request, extra_context)
