from adminsortable2.admin import SortableAdminMixin
from django.contrib import admin, messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from reversion.admin import VersionAdmin

from core import page_cache
from images.models import MARKDOWN_TOKEN_HELP as IMAGE_MARKDOWN_HELP

from .admin_preview import PreviewMixin
from .models import KeyQuestion, Page, SiteDetails, SupervisionForm
from .pages import layout_for


class OrderedContentAdmin(SortableAdminMixin):
    """Drag-and-drop ordering; its bulk update sends no save signals, so refresh pages here."""

    def _update_order(self, updated_items, extra_model_filters):
        updated = super()._update_order(updated_items, extra_model_filters)
        page_cache.invalidate()
        return updated


class ContentAdmin(PreviewMixin, VersionAdmin):
    """Common admin for publishable content: history with restore, publish actions."""

    list_filter = ["published"]
    actions = ["publish", "unpublish"]
    save_on_top = True

    @admin.action(description=_("Publish the selected items"), permissions=["change"])
    def publish(self, request, queryset):
        self._set_published(request, queryset, published=True)

    @admin.action(description=_("Unpublish the selected items"), permissions=["change"])
    def unpublish(self, request, queryset):
        self._set_published(request, queryset, published=False)

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        formfield = super().formfield_for_dbfield(db_field, request, **kwargs)
        if (
            db_field.name == "body"
            and formfield
            and str(IMAGE_MARKDOWN_HELP) not in str(formfield.help_text)
        ):
            # Uploaded images can be placed in any Markdown body (images/markdown.py).
            formfield.help_text = format_lazy("{} {}", formfield.help_text, IMAGE_MARKDOWN_HELP)
        return formfield

    def _set_published(self, request, queryset, published):
        # Save one by one (not queryset.update) so that each change gets a revision
        # and a fresh "last changed" time.
        changed = 0
        for item in queryset.exclude(published=published):
            item.published = published
            item.save()
            changed += 1
        message = (
            ngettext("%(count)d item published.", "%(count)d items published.", changed)
            if published
            else ngettext("%(count)d item unpublished.", "%(count)d items unpublished.", changed)
        )
        self.message_user(request, message % {"count": changed}, messages.SUCCESS)


@admin.register(SupervisionForm)
class SupervisionFormAdmin(OrderedContentAdmin, ContentAdmin):
    list_display = ["order", "name", "format", "published", "updated_at"]
    list_display_links = ["name"]
    list_editable = ["published"]
    list_filter = ["published", "format"]
    search_fields = ["name", "summary", "audience", "body"]
    prepopulated_fields = {"slug": ["name"]}
    fieldsets = [
        (None, {"fields": ["name", "slug", "published"]}),
        (
            _("Card and facts"),
            {
                "fields": [
                    "summary",
                    "audience",
                    "format",
                    "session_length",
                    "frequency",
                    "participants",
                ]
            },
        ),
        (_("Page text"), {"fields": ["body"]}),
    ]

    def preview_page(self, request, form):
        return layout_for(request, form)


@admin.register(KeyQuestion)
class KeyQuestionAdmin(OrderedContentAdmin, ContentAdmin):
    list_display = ["order", "question", "theme", "published", "updated_at"]
    list_display_links = ["question"]
    list_editable = ["published"]
    search_fields = ["theme", "question"]
    fields = ["theme", "question", "published"]


@admin.register(Page)
class PageAdmin(ContentAdmin):
    list_display = ["title", "address", "layout", "published", "updated_at"]
    list_editable = ["published"]
    list_filter = ["published", "layout"]
    search_fields = ["title", "lead", "body", "slug"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "published"]}),
        (_("Text"), {"fields": ["lead", "body"]}),
        (_("Presentation"), {"fields": ["layout", "show_call_to_action", "meta_description"]}),
    ]

    @admin.display(description=_("address"), ordering="slug")
    def address(self, page):
        return page.get_absolute_url()

    def get_readonly_fields(self, request, obj=None):
        # The navigation and other pages link to existing addresses: keep them stable.
        return ["slug"] if obj else []

    def get_prepopulated_fields(self, request, obj=None):
        return {} if obj else self.prepopulated_fields

    def preview_page(self, request, page):
        """The unsaved page in its own layout: its own view's, or the article layout."""
        return layout_for(request, page)


@admin.register(SiteDetails)
class SiteDetailsAdmin(VersionAdmin):
    """The single record of the site's name and contact details."""

    fieldsets = [
        (None, {"fields": ["name", "tagline"]}),
        (_("Contact details"), {"fields": ["email", "phone"]}),
        (_("Address"), {"fields": ["street_address", "postal_code", "city", "business_id"]}),
        (
            _("Company"),
            {"fields": ["legal_name", "einvoice_address", "einvoice_operator", "service_area"]},
        ),
        (_("Work community map"), {"fields": ["crisis_note"]}),
    ]

    def has_add_permission(self, request):
        return not SiteDetails.objects.exists() and super().has_add_permission(request)

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        details = SiteDetails.objects.first()
        if details is None:
            return HttpResponseRedirect(reverse("admin:services_sitedetails_add"))
        return HttpResponseRedirect(reverse("admin:services_sitedetails_change", args=[details.pk]))
