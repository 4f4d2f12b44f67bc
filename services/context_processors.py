from django.utils.functional import SimpleLazyObject

from .models import SiteDetails
from .page_cache import cached_content


def site(request):
    """Make the site's name and contact details available to every template as ``site``."""
    return {"site": SimpleLazyObject(lambda: cached_content("site-details", SiteDetails.load))}
