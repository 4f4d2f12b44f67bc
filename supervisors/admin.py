from adminsortable2.admin import SortableTabularInline
from django.contrib import admin, messages
from django.db import models
from django.utils.translation import gettext_lazy as _

from images import rendering
from services.admin import ContentAdmin, OrderedContentAdmin
from services.pages import layout_for

from .forms import SupervisorAdminForm
from .models import Credential, Supervisor

EXAMPLE_BANNER = _("Example – not a real person. Delete or unpublish before going live.")


class CredentialInline(SortableTabularInline):
    model = Credential
    fields = ["title", "issuer", "year", "verification_url"]
    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Supervisor)
class SupervisorAdmin(OrderedContentAdmin, ContentAdmin):
    form = SupervisorAdminForm
    list_display = ["order", "thumbnail", "name", "role", "published", "example", "updated_at"]
    list_display_links = ["thumbnail", "name"]
    list_editable = ["published"]
    list_filter = ["published", "is_example", "forms"]
    list_select_related = ["photo"]
    search_fields = ["name", "role", "introduction", "body", "sectors"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["photo"]
    filter_horizontal = ["forms"]
    inlines = [CredentialInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "photo", "role", "published", "is_example"]}),
        (_("Profile"), {"fields": ["introduction", "body"]}),
        (_("Work"), {"fields": ["forms", "sectors", "languages", "places", "works_remotely"]}),
        (_("Public contact details"), {"fields": ["email", "phone"]}),
    ]

    class Media:
        css = {"all": ["css/admin-images.css"]}

    @admin.display(description=_("photo"))
    def thumbnail(self, supervisor):
        return rendering.picture(
            supervisor.photo, sizes="4rem", ratio="1/1", css_class="admin-thumbnail"
        )

    @admin.display(description=_("example"), boolean=True, ordering="is_example")
    def example(self, supervisor):
        return supervisor.is_example

    def has_preview(self, obj):
        # A new profile's credentials and forms are not in the database yet to be shown.
        return obj is not None

    def preview_page(self, request, supervisor):
        if supervisor.pk is None:
            return None
        return layout_for(request, supervisor)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        supervisor = self.get_object(request, object_id)
        if supervisor is not None and supervisor.is_example and request.method == "GET":
            self.message_user(request, EXAMPLE_BANNER, messages.WARNING)
        return super().change_view(request, object_id, form_url, extra_context)
