from core.page_cache import cached_public_page
from services.models import Page
from services.pages import layout, render_in_layout, visible_page

from . import terms
from .models import PriceRow

ORGANISATION = "organisation"
PRIVATE = "private"


@layout(Page.PRICES_SLUG)
def prices_layout(request, page, audience=ORGANISATION):
    return "pricing/prices.html", {
        "page": page,
        "audience": audience,
        "rows": PriceRow.objects.published().select_related("form"),
        "terms": terms.published_terms(),
        "terms_description": terms.description_sentence(),
    }


def _prices(request, audience):
    page = visible_page(request, Page.PRICES_SLUG)
    return render_in_layout(request, page, prices_layout(request, page, audience))


# Two addresses rather than a query string: the page cache keys by path, so each view is
# cached on its own, and both work without JavaScript.
@cached_public_page
def prices_for_organisations(request):
    return _prices(request, ORGANISATION)


@cached_public_page
def prices_for_private_persons(request):
    return _prices(request, PRIVATE)
