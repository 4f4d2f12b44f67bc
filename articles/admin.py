from django.contrib import admin, messages
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from services.admin import ContentAdmin
from services.pages import layout_for

from .models import Article

SCHEDULED_NOTE = _("Scheduled: the article appears on the site by itself at its publication time.")
EXAMPLE_BANNER = _("Example article – not real content. Delete or unpublish it before going live.")


@admin.register(Article)
class ArticleAdmin(ContentAdmin):
    list_display = ["title", "author", "published_at", "shown", "published", "example"]
    list_editable = ["published"]
    list_filter = ["published", "is_example", "author", "forms"]
    list_select_related = ["author"]
    date_hierarchy = "published_at"
    search_fields = ["title", "lead", "body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["image"]
    filter_horizontal = ["forms"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "slug_sv", "slug_en", "published", "is_example"]}),
        (_("Text"), {"fields": ["lead", "body"]}),
        (_("Publication"), {"fields": ["published_at", "updated_on", "author", "forms", "image"]}),
    ]

    @admin.display(description=_("shown on the site"), boolean=True)
    def shown(self, article):
        return article.published and article.published_at <= timezone.now()

    @admin.display(description=_("example"), boolean=True, ordering="is_example")
    def example(self, article):
        return article.is_example

    def preview_page(self, request, article):
        return layout_for(request, article)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        if article is not None and request.method == "GET":
            if article.is_example:
                self.message_user(request, EXAMPLE_BANNER, messages.WARNING)
            if article.published and article.published_at > timezone.now():
                self.message_user(request, SCHEDULED_NOTE, messages.INFO)
        return super().change_view(request, object_id, form_url, extra_context)
