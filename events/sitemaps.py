from core.sitemaps import SiteSitemap

from .models import Event


class EventSitemap(SiteSitemap):
    """Every event open to the public while it is coming, in each language."""

    priority = 0.6

    def items(self):
        return Event.objects.listed()
