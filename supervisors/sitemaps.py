from core.sitemaps import SiteSitemap

from .models import Supervisor


class SupervisorSitemap(SiteSitemap):
    """The profiles; the list page is a Page and is in the pages' sitemap already."""

    priority = 0.7

    def items(self):
        return Supervisor.objects.published()
