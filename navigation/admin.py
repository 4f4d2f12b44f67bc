from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from services.admin import ContentAdmin, OrderedContentAdmin

from .models import MAX_TOP_LEVEL, MenuItem


@admin.register(MenuItem)
class MenuItemAdmin(OrderedContentAdmin, ContentAdmin):
    list_display = ["order", "entry", "parent", "target", "published"]
    list_display_links = ["entry"]
    # Publishing is by the actions or the entry's form (not list_editable, whose rows are
    # validated together before any is saved), so the top-level limit always holds.
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

    def _set_published(self, request, queryset, published):
        # Publishing several at once must not put a sixth entry on the top level either.
        if published:
            top_level = MenuItem.objects.published().filter(parent__isnull=True).count()
            refused = []
            for item in queryset.filter(published=False, parent__isnull=True):
                if top_level >= MAX_TOP_LEVEL:
                    refused.append(item.pk)
                else:
                    top_level += 1
            if refused:
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d entry was not published: the menu has no room for it.",
                        "%(count)d entries were not published: the menu has no room for them.",
                        len(refused),
                    )
                    % {"count": len(refused)},
                    messages.WARNING,
                )
                queryset = queryset.exclude(pk__in=refused)
        super()._set_published(request, queryset, published)
