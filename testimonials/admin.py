from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from images import rendering
from services.admin import ContentAdmin, OrderedContentAdmin

from .models import ClientOrganisation, Testimonial

EXAMPLE_BANNER = _("Example – not a real organisation. Delete or unpublish before going live.")


class PublishedWithPermissionAdmin(ContentAdmin):
    """The publish action skips, with a warning, the items whose permission is not recorded."""

    @staticmethod
    def without_permission_message(count):
        raise NotImplementedError

    def _set_published(self, request, queryset, published):
        if published:
            without_permission = [item for item in queryset if not item.has_permission]
            if without_permission:
                self.message_user(
                    request,
                    self.without_permission_message(len(without_permission)),
                    messages.WARNING,
                )
                queryset = queryset.exclude(pk__in=[item.pk for item in without_permission])
        super()._set_published(request, queryset, published)


@admin.register(Testimonial)
class TestimonialAdmin(PublishedWithPermissionAdmin):
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

    @staticmethod
    def without_permission_message(count):
        return ngettext(
            "%(count)d quote has no recorded permission and was not published.",
            "%(count)d quotes have no recorded permission and were not published.",
            count,
        ) % {"count": count}


@admin.register(ClientOrganisation)
class ClientOrganisationAdmin(OrderedContentAdmin, PublishedWithPermissionAdmin):
    list_display = [
        "order",
        "thumbnail",
        "name",
        "sector",
        "permission_date",
        "permission_way",
        "example",
        "published",
        "updated_at",
    ]
    list_display_links = ["thumbnail", "name"]
    list_editable = ["published"]
    list_filter = ["published", "permission_way", "is_example"]
    list_select_related = ["logo"]
    search_fields = ["name", "sector", "permission_note"]
    autocomplete_fields = ["logo"]
    fieldsets = [
        (None, {"fields": ["name", "sector", "logo"]}),
        (
            _("Permission"),
            {
                "fields": ["permission_date", "permission_way", "permission_note", "published"],
                "description": _(
                    "Name an organisation only with its permission to be named as a client. "
                    "Record when and how it was given before publishing."
                ),
            },
        ),
        (_("Example content"), {"fields": ["is_example"]}),
    ]

    class Media:
        css = {"all": ["css/admin-images.css"]}

    @admin.display(description=_("logo"))
    def thumbnail(self, organisation):
        return rendering.picture(
            organisation.logo, sizes="4rem", css_class="admin-thumbnail admin-thumbnail--logo"
        )

    @admin.display(description=_("example"), boolean=True, ordering="is_example")
    def example(self, organisation):
        return organisation.is_example

    def change_view(self, request, object_id, form_url="", extra_context=None):
        organisation = self.get_object(request, object_id)
        if organisation is not None and organisation.is_example and request.method == "GET":
            self.message_user(request, EXAMPLE_BANNER, messages.WARNING)
        return super().change_view(request, object_id, form_url, extra_context)

    @staticmethod
    def without_permission_message(count):
        return ngettext(
            "%(count)d organisation has no recorded permission and was not published.",
            "%(count)d organisations have no recorded permission and were not published.",
            count,
        ) % {"count": count}
