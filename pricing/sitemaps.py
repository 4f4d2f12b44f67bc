from django.urls import reverse

from services.models import Page
from services.sitemaps import SiteSitemap


class PrivatePricesSitemap(SiteSitemap):
    """The private persons' view of the prices; /hinnat/ itself is listed with the pages."""

    priority = 0.6

    def items(self):
        return Page.objects.published().filter(slug=Page.PRICES_SLUG)

    def location(self, page):
        return reverse("pricing:private_prices")
