from adminsortable2.admin import SortableTabularInline
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from services.admin import OrderedContentAdmin

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
    ]
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
    ]
    readonly_fields = fields
    date_hierarchy = "created_on"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
