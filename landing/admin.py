from adminsortable2.admin import SortableAdminBase, SortableTabularInline
from django.contrib import admin
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core.admin_base import SingleRecordAdmin

from .models import HomePage, Step


class StepInline(SortableTabularInline):
    model = Step
    extra = 0
    fields = ["order", "title", "text", "published"]


@admin.register(HomePage)
class HomePageAdmin(SingleRecordAdmin, SortableAdminBase, VersionAdmin):
    """The single record of the home page: its opening, picture and steps."""

    inlines = [StepInline]
    autocomplete_fields = ["image"]
    fieldsets = [
        (None, {"fields": ["headline", "lead", "image"]}),
        (_("Work community map"), {"fields": ["map_teaser"]}),
    ]
