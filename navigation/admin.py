from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from services.admin import ContentAdmin, OrderedContentAdmin

from .models import MenuItem


@admin.register(MenuItem)
class MenuItemAdmin(OrderedContentAdmin, ContentAdmin):
    list_display = ["order", "entry", "parent", "target", "published"]
    list_display_links = ["entry"]
    list_editable = ["published"]
    list_filter = ["published", "parent"]
    list_select_related = ["page", "form", "parent__page", "parent__form"]
    fieldsets = [
        (None, {"fields": ["label", "parent", "published"]}),
        (
            _("Where it leads (choose one)"),
            {"fields": ["page", "form", "app_page"]},
        ),
    ]

    @admin.display(description=_("entry"))
    def entry(self, item):
        return f"– {item.title}" if item.parent_id else item.title

    @admin.display(description=_("address"))
    def target(self, item):
        return item.url or _("(not in this version of the site)")
