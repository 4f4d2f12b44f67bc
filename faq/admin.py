from django.contrib import admin
from reversion.admin import VersionAdmin

from services.admin import ContentAdmin, OrderedContentAdmin

from .models import Category, Question


@admin.register(Category)
class CategoryAdmin(OrderedContentAdmin, VersionAdmin):
    list_display = ["order", "name", "updated_at"]
    list_display_links = ["name"]
    fields = ["name"]


@admin.register(Question)
class QuestionAdmin(OrderedContentAdmin, ContentAdmin):
    list_display = ["order", "question", "category", "published", "updated_at"]
    list_display_links = ["question"]
    list_editable = ["published"]
    list_filter = ["published", "category", "forms"]
    list_select_related = ["category"]
    # adminsortable2 drags by the first ordering field, which must be the model's own
    # ("category__order", the model's default, made the list fail with a server error).
    ordering = ["order", "pk"]
    search_fields = ["question", "answer"]
    filter_horizontal = ["forms"]
    fields = ["category", "question", "answer", "forms", "published"]
