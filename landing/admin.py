from adminsortable2.admin import SortableAdminBase, SortableTabularInline
from django.contrib import admin
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from .models import HomePage, Step


class StepInline(SortableTabularInline):
    model = Step
    extra = 0
    fields = ["order", "title", "text", "published"]


@admin.register(HomePage)
class HomePageAdmin(SortableAdminBase, VersionAdmin):
    """The single record of the home page: its opening, picture and steps."""

    inlines = [StepInline]
    autocomplete_fields = ["image"]
    fieldsets = [
        (None, {"fields": ["headline", "lead", "image"]}),
        (_("Work community map"), {"fields": ["map_teaser"]}),
    ]

    def has_add_permission(self, request):
        return not HomePage.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        home = HomePage.objects.first()
        if home is None:
            return HttpResponseRedirect(reverse("admin:landing_homepage_add"))
        return HttpResponseRedirect(reverse("admin:landing_homepage_change", args=[home.pk]))
