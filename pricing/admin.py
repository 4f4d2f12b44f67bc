from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from services.admin import ContentAdmin, OrderedContentAdmin

from .forms import PriceRowForm
from .models import PriceRow, PriceTerm


@admin.register(PriceRow)
class PriceRowAdmin(OrderedContentAdmin, ContentAdmin):
    form = PriceRowForm
    list_display = [
        "order",
        "what",
        "unit",
        "price",
        "vat_rate",
        "with_vat",
        "form",
        "is_example",
        "published",
        "updated_at",
    ]
    list_display_links = ["what"]
    list_editable = ["published"]
    list_filter = ["published", "is_example", "vat_rate", "form"]
    list_select_related = ["form"]
    search_fields = ["what", "unit", "notes"]
    fieldsets = [
        (None, {"fields": ["what", "form", "unit", "published"]}),
        (
            _("Price"),
            {"fields": ["price", "confirm_unusual_price", "vat_rate", "vat_note", "notes"]},
        ),
        (_("Example content"), {"fields": ["is_example"]}),
    ]

    @admin.display(description=_("with VAT"))
    def with_vat(self, row):
        return row.amount.gross_text


@admin.register(PriceTerm)
class PriceTermAdmin(OrderedContentAdmin, ContentAdmin):
    list_display = ["order", "title", "kind", "published", "updated_at"]
    list_display_links = ["title"]
    list_editable = ["published"]
    list_filter = ["kind", "published"]
    search_fields = ["title", "body"]
    fields = ["kind", "title", "body", "published"]
