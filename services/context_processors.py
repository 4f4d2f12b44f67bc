from django.utils.functional import SimpleLazyObject

from core.page_cache import cached_content

from .models import SiteDetails


def site(request):
    """Make the site's name and contact details available to every template as ``site``."""
    return {"site": SimpleLazyObject(lambda: cached_content("site-details", SiteDetails.load))}
