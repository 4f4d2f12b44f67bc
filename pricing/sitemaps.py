from django.urls import reverse

from core.sitemaps import SiteSitemap
from services.models import Page


class PrivatePricesSitemap(SiteSitemap):
    """The private persons' view of the prices; /hinnat/ itself is listed with the pages."""

    priority = 0.6

    def items(self):
        return Page.objects.published().filter(slug=Page.PRICES_SLUG)

    def location(self, page):
        return reverse("pricing:private_prices")
