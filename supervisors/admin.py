from adminsortable2.admin import SortableTabularInline
from django.contrib import admin, messages
from django.contrib.auth import get_user_model
from django.db import models
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from images import rendering
from services.admin import ContentAdmin, OrderedContentAdmin
from services.pages import layout_for

from .forms import SupervisorAdminForm
from .models import Credential, Sector, Supervisor

User = get_user_model()


def may_link_accounts(user):
    """Linking a profile to a login grants its processes: only those who manage accounts may."""
    return user.is_superuser or user.has_perm("auth.change_user")


EXAMPLE_BANNER = _("Example – not a real person. Delete or unpublish before going live.")
WORK_FIELDS = ["forms", "sectors", "methods", "languages", "places", "works_remotely"]
QUALIFICATIONS_HELP = _(
    "Buyers compare these: public tenders often ask for STOry membership or a recognised "
    "supervisor training (typically 60 op) and score years of experience. Add the supervisor "
    "training and other professional background (e.g. sairaanhoitaja, psykoterapeutti, with "
    "the JulkiTerhikki link) under Training and credentials below."
)


class CredentialInline(SortableTabularInline):
    model = Credential
    fields = ["kind", "title", "issuer", "credits", "year", "verification_url"]
    verbose_name_plural = _("Training and credentials")
    extra = 0
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Supervisor)
class SupervisorAdmin(OrderedContentAdmin, ContentAdmin):
    form = SupervisorAdminForm
    list_display = ["order", "thumbnail", "name", "role", "published", "example", "updated_at"]
    list_display_links = ["thumbnail", "name"]
    list_editable = ["published"]
    list_filter = ["published", "is_example", "story_member", "forms", "sectors"]
    list_select_related = ["photo"]
    search_fields = ["name", "role", "introduction", "body", "sectors__name", "methods"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["photo"]
    filter_horizontal = ["forms", "sectors"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [CredentialInline]
    fieldsets = [
        (None, {"fields": ["name", "slug", "photo", "role", "published", "is_example"]}),
        (_("Profile"), {"fields": ["introduction", "body"]}),
        (
            _("Qualifications"),
            {
                "fields": ["supervising_since", "story_member", "story_register_url"],
                "description": QUALIFICATIONS_HELP,
            },
        ),
        (_("Work"), {"fields": WORK_FIELDS}),
        (_("Public contact details"), {"fields": ["email", "phone"]}),
    ]

    class Media:
        css = {"all": ["css/admin-images.css"]}

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if may_link_accounts(request.user):
            fieldsets = [*fieldsets, (_("Staff account"), {"fields": ["account"]})]
        return fieldsets

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "account":
            kwargs["queryset"] = User.objects.filter(is_staff=True).order_by("username")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

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


@admin.register(Sector)
class SectorAdmin(OrderedContentAdmin, VersionAdmin):
    """The one list of sectors: the profiles, the list's filters, booking and contact use it."""

    list_display = ["order", "name", "slug", "supervisor_count", "updated_at"]
    list_display_links = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    fields = ["name", "slug"]

    def get_queryset(self, request):
        # A count groups the rows, and a grouped query drops the model's ordering.
        queryset = super().get_queryset(request)
        return queryset.annotate(supervisor_count=models.Count("supervisors")).order_by(
            *Sector._meta.ordering
        )

    @admin.display(description=_("supervisors"), ordering="supervisor_count")
    def supervisor_count(self, sector):
        return sector.supervisor_count
