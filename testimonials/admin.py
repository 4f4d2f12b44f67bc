from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from services.admin import ContentAdmin

from .models import Testimonial


@admin.register(Testimonial)
class TestimonialAdmin(ContentAdmin):
    list_display = [
        "attribution",
        "form",
        "permission_date",
        "permission_way",
        "is_example",
        "published",
        "updated_at",
    ]
    list_editable = ["published"]
    list_filter = ["published", "is_example", "form"]
    list_select_related = ["form"]
    search_fields = ["text", "role", "sector"]
    date_hierarchy = "permission_date"
    fieldsets = [
        (None, {"fields": ["text", "role", "sector", "form"]}),
        (_("Permission"), {"fields": ["permission_date", "permission_way", "published"]}),
        (_("Example content"), {"fields": ["is_example"]}),
    ]

    def _set_published(self, request, queryset, published):
        if published:
            without_permission = [item for item in queryset if not item.has_permission]
            if without_permission:
                count = len(without_permission)
                self.message_user(
                    request,
                    ngettext(
                        "%(count)d quote has no recorded permission and was not published.",
                        "%(count)d quotes have no recorded permission and were not published.",
                        count,
                    )
                    % {"count": count},
                    messages.WARNING,
                )
                queryset = queryset.exclude(pk__in=[item.pk for item in without_permission])
        super()._set_published(request, queryset, published)
