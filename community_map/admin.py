from adminsortable2.admin import SortableTabularInline
from django.contrib import admin, messages
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from services.admin import OrderedContentAdmin

from . import team
from .models import Dimension, RecommendationRule, Reflection, Statement, TeamSurvey


class StatementInline(SortableTabularInline):
    model = Statement
    fields = ["text", "reverse_scored", "crisis", "published"]
    extra = 0


class ReflectionInline(admin.TabularInline):
    model = Reflection
    fields = ["band", "text"]
    extra = 0
    max_num = 3


@admin.register(Dimension)
class DimensionAdmin(OrderedContentAdmin, VersionAdmin):
    list_display = ["order", "name", "key_question", "published", "updated_at"]
    list_display_links = ["name"]
    list_editable = ["published"]
    list_filter = ["published"]
    search_fields = ["name", "description", "statements__text"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug", "key_question", "description", "published"]
    inlines = [StatementInline, ReflectionInline]


@admin.register(RecommendationRule)
class RecommendationRuleAdmin(OrderedContentAdmin, VersionAdmin):
    list_display = ["order", "__str__", "dimension", "threshold", "published"]
    list_display_links = ["__str__"]
    list_editable = ["published"]
    list_filter = ["published", "kind", "supervision_form"]
    list_select_related = ["supervision_form", "dimension"]
    fieldsets = [
        (None, {"fields": ["supervision_form", "published"]}),
        (_("When"), {"fields": ["kind", "dimension", "threshold"]}),
        (_("Why"), {"fields": ["reason"]}),
    ]


@admin.register(TeamSurvey)
class TeamSurveyAdmin(admin.ModelAdmin):
    """Surveys with their counts and dates only: never an answer, a code or a token."""

    list_display = [
        "__str__",
        "created_on",
        "ends_on",
        "closed_on",
        "threshold",
        "member_count",
        "answer_count",
        "follows",
    ]
    list_select_related = ["follows"]
    list_filter = ["ends_on", "closed_on"]
    search_fields = ["name"]
    fields = [
        "name",
        "member_count",
        "threshold",
        "reveal",
        "created_on",
        "ends_on",
        "closed_on",
        "answer_count",
        "follows",
    ]
    readonly_fields = fields
    actions = ["start_follow_up"]
    date_hierarchy = "created_on"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_follow_up_permission(self, request):
        """Starting a follow-up makes a survey: for whoever may add team surveys."""
        return request.user.has_perm("community_map.add_teamsurvey")

    @admin.action(
        description=pgettext_lazy("admin action", "Start a follow-up survey"),
        permissions=["follow_up"],
    )
    def start_follow_up(self, request, queryset):
        """
        Start the follow-up of one closed survey, and show its results address and answer
        codes' address this once, for staff to hand to the team's leader: nothing stores them.
        """
        surveys = list(queryset[:2])
        if len(surveys) != 1:
            self.message_user(
                request, gettext("Choose exactly one closed survey to follow up."), messages.ERROR
            )
            return None
        [survey] = surveys
        try:
            follow_up, token = team.start_follow_up(survey)
        except team.FollowUpRefused as refused:
            reasons = {
                team.FollowUpRefused.OPEN: gettext(
                    "The survey is still open: a follow-up can be started once it has closed."
                ),
                team.FollowUpRefused.STARTED: gettext("The survey already has a follow-up."),
                team.FollowUpRefused.NO_CODES: gettext(
                    "The survey was made before answer codes and cannot be followed up."
                ),
            }
            self.message_user(request, reasons[refused.reason], messages.ERROR)
            return None
        return TemplateResponse(
            request,
            "admin/community_map/teamsurvey/follow_up_started.html",
            {
                **self.admin_site.each_context(request),
                "title": gettext("Follow-up survey started"),
                "opts": self.opts,
                "survey": survey,
                "follow_up": follow_up,
                "results_url": team.site_url(reverse("community_map:team_results", args=[token])),
                "codes_url": team.site_url(reverse("community_map:team_codes", args=[token])),
            },
        )
