from django.shortcuts import get_object_or_404, render

from core.page_cache import cached_public_page
from services.models import Page
from services.views import visible_to

from .models import PriceRow, PriceTerm

ORGANISATION = "organisation"
PRIVATE = "private"


def _prices(request, audience):
    page = get_object_or_404(visible_to(request, Page), slug=Page.PRICES_SLUG)
    return render(
        request,
        "pricing/prices.html",
        {
            "page": page,
            "preview": not page.published,
            "audience": audience,
            "rows": PriceRow.objects.published().select_related("form"),
            "terms": PriceTerm.objects.published(),
        },
    )


# Two addresses rather than a query string: the page cache keys by path, so each view is
# cached on its own, and both work without JavaScript.
@cached_public_page
def prices_for_organisations(request):
    return _prices(request, ORGANISATION)


@cached_public_page
def prices_for_private_persons(request):
    return _prices(request, PRIVATE)
