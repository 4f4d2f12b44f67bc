"""The sitemap: every app's sitemaps, combined here at the top (sitemap.xml)."""

from django.urls import reverse

from articles.sitemaps import ArticleSitemap
from core.sitemaps import SiteSitemap
from events.sitemaps import EventSitemap
from pricing.sitemaps import PrivatePricesSitemap
from services.models import Page
from services.sitemaps import PageSitemap, SupervisionFormSitemap
from supervisors.sitemaps import SupervisorSitemap

from .supplier_sheet import SupplierSheet
from .views import BUYERS_SLUG


class AppPageSitemap(SiteSitemap):
    """
    Public pages an app renders rather than a content record: booking a first conversation and
    starting a team map. Their addresses with a token (a booking's own link, a survey's answer
    and results links, a registration's) are private and never listed. They have no last
    change to give: the free times change with every booking, so no ``lastmod``.
    """

    priority = 0.7
    URL_NAMES = ["booking:times", "community_map:team_create"]

    def items(self):
        return self.URL_NAMES

    def location(self, url_name):
        return reverse(url_name)

    def lastmod(self, url_name):
        return None


class SupplierSheetSitemap(SiteSitemap):
    """The printable supplier details, while the buyers' page they belong to is published."""

    priority = 0.5

    def items(self):
        published = Page.objects.published().filter(slug=BUYERS_SLUG).exists()
        return ["services:supplier_sheet"] if published else []

    def location(self, url_name):
        return reverse(url_name)

    def lastmod(self, url_name):
        return SupplierSheet().updated


SITEMAPS = {
    "sivut": PageSitemap,
    "palvelut": SupervisionFormSitemap,
    "hinnat": PrivatePricesSitemap,
    "sovellukset": AppPageSitemap,
    "tyonohjaajat": SupervisorSitemap,
    "toimittajatiedot": SupplierSheetSitemap,
    "artikkelit": ArticleSitemap,
    "koulutukset": EventSitemap,
}
