from urllib.parse import urlsplit

from adminsortable2.admin import SortableAdminMixin
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from reversion.admin import VersionAdmin

from core import page_cache
from core.admin_base import SingleRecordAdmin
from images.models import MARKDOWN_TOKEN_HELP as IMAGE_MARKDOWN_HELP

from .admin_preview import PreviewMixin
from .models import KeyQuestion, Page, SiteDetails, SupervisionForm
from .pages import layout_for


class OrderedContentAdmin(SortableAdminMixin):
    """
    Ordering by dragging (adminsortable2) or by the arrow buttons in each row, which work by
    keyboard and without a mouse. Each move is recorded in the admin log (and so in the
    dashboard's recent changes); an arrow's move is confirmed by a message. The bulk update
    sends no save signals, so the page cache is refreshed here.
    """

    MOVES = {"ylos": -1, "alas": 1}

    def get_urls(self):
        opts = self.model._meta
        move = path(
            "<path:object_id>/siirra/<slug:direction>/",
            self.admin_site.admin_view(self.move_view),
            name=f"{opts.app_label}_{opts.model_name}_move",
        )
        return [move, *super().get_urls()]

    def get_list_display(self, request):
        list_display = list(super().get_list_display(request))
        if self.enable_sorting_for(request) and "_reorder_" in list_display:
            list_display.insert(list_display.index("_reorder_") + 1, "move_buttons")
        return list_display

    def enable_sorting_for(self, request):
        """Arrows only where the list is in its own order and the user may change it."""
        ordering = request.GET.get("o")
        return self.has_change_permission(request) and not ordering

    @admin.display(description=_("Move"))
    def move_buttons(self, obj):
        opts = self.model._meta
        return format_html_join(
            "",
            '<button type="submit" class="order-move" formaction="{}" aria-label="{}" '
            'title="{}">{}</button>',
            (
                (
                    reverse(f"admin:{opts.app_label}_{opts.model_name}_move", args=[obj.pk, key]),
                    label % {"name": obj},
                    label % {"name": obj},
                    arrow,
                )
                for key, label, arrow in [
                    ("ylos", gettext("Move up: %(name)s"), "↑"),
                    ("alas", gettext("Move down: %(name)s"), "↓"),
                ]
            ),
        )

    def move_view(self, request, object_id, direction):
        """Swap an item with its neighbour above or below, log it and say so."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if direction not in self.MOVES:
            raise Http404
        obj = self.get_object(request, object_id)
        if obj is None:
            raise Http404
        if not self.has_change_permission(request, obj):
            raise PermissionDenied
        order_field = self.default_order_field
        neighbours = self.model._default_manager.exclude(pk=obj.pk)
        position = getattr(obj, order_field)
        if self.MOVES[direction] < 0:
            neighbour = neighbours.filter(**{f"{order_field}__lte": position})
            neighbour = neighbour.order_by(f"-{order_field}", "-pk").first()
        else:
            neighbour = neighbours.filter(**{f"{order_field}__gte": position})
            neighbour = neighbour.order_by(order_field, "pk").first()
        if neighbour is None:
            edge = (
                gettext("“%(name)s” is already first.")
                if self.MOVES[direction] < 0
                else gettext("“%(name)s” is already last.")
            )
            self.message_user(request, edge % {"name": obj}, messages.INFO)
            return self.back_to_list(request)
        with transaction.atomic():
            theirs = getattr(neighbour, order_field)
            if theirs == position:
                theirs = position + self.MOVES[direction]
            setattr(neighbour, order_field, position)
            setattr(obj, order_field, theirs)
            self.model._default_manager.bulk_update([obj, neighbour], [order_field])
            self.log_change(request, obj, self.move_message(obj, neighbour, direction))
        page_cache.invalidate()
        self.message_user(
            request,
            (
                gettext(
                    "“%(name)s” was moved up, above “%(other)s”. The new order shows on the site."
                )
                if self.MOVES[direction] < 0
                else gettext(
                    "“%(name)s” was moved down, below “%(other)s”. The new order shows on the site."
                )
            )
            % {"name": obj, "other": neighbour},
            messages.SUCCESS,
        )
        return self.back_to_list(request)

    @staticmethod
    def move_message(obj, neighbour, direction):
        """The admin log's record of a move (stored in Finnish, the site's one language)."""
        with translation.override(settings.LANGUAGE_CODE):
            if OrderedContentAdmin.MOVES[direction] < 0:
                return gettext("Moved up, above “%(other)s”.") % {"other": neighbour}
            return gettext("Moved down, below “%(other)s”.") % {"other": neighbour}

    def back_to_list(self, request):
        """To the list the button was pressed on (its filters kept), or the plain list."""
        opts = self.model._meta
        target = request.META.get("HTTP_REFERER", "")
        changelist = reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist")
        allowed = url_has_allowed_host_and_scheme(
            target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
        if not allowed or urlsplit(target).path != changelist:
            target = changelist
        return HttpResponseRedirect(target)

    def update_order(self, request):
        """adminsortable2's drop: saved as it saves it, and the dragged item logged."""
        before = dict(self.model._default_manager.values_list("pk", self.default_order_field))
        response = super().update_order(request)
        if response.status_code == 200:
            after = dict(self.model._default_manager.values_list("pk", self.default_order_field))
            moved = max(after, key=lambda pk: abs(after[pk] - before.get(pk, after[pk])))
            if after[moved] != before.get(moved):
                obj = self.model._default_manager.get(pk=moved)
                place = (
                    list(
                        self.model._default_manager.order_by(
                            self.default_order_field, "pk"
                        ).values_list("pk", flat=True)
                    ).index(moved)
                    + 1
                )
                with translation.override(settings.LANGUAGE_CODE):
                    message = gettext("Moved to place %(place)d.") % {"place": place}
                self.log_change(request, obj, message)
        return response

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
        # A text in several languages: each language's field (body_sv) is the body too.
        name = getattr(db_field, "translated_field", db_field).name
        if (
            name == "body"
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
        (None, {"fields": ["name", "slug", "slug_sv", "slug_en", "published"]}),
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
    search_fields = ["title", "lead", "body", "slug", "slug_sv", "slug_en"]
    prepopulated_fields = {"slug": ["title"]}
    fieldsets = [
        (None, {"fields": ["title", "slug", "slug_sv", "slug_en", "published"]}),
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
class SiteDetailsAdmin(SingleRecordAdmin, VersionAdmin):
    """The single record of the site's name and contact details."""

    fieldsets = [
        (None, {"fields": ["name", "tagline"]}),
        (_("Contact details"), {"fields": ["email", "phone"]}),
        (_("Address"), {"fields": ["street_address", "postal_code", "city"]}),
        (
            _("Company"),
            {
                "fields": [
                    "legal_name",
                    "trading_name",
                    "business_id",
                    "vat_registered",
                    "einvoice_address",
                    "einvoice_operator",
                    "service_area",
                ],
                "description": _(
                    "Buyers look for these on the prices page, in the footer and in the "
                    "privacy statement; the front page of the admin lists those still missing."
                ),
            },
        ),
        (_("Work community map"), {"fields": ["crisis_note"]}),
    ]
