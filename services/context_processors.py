from django.utils.functional import SimpleLazyObject

from .models import SiteDetails


def site(request):
    """Make the site's name and contact details available to every template as ``site``."""
    return {"site": SimpleLazyObject(SiteDetails.current)}
