"""The sitemap: every app's sitemaps, combined here at the top (sitemap.xml)."""

from django.urls import reverse

from core.sitemaps import SiteSitemap
from pricing.sitemaps import PrivatePricesSitemap
from services.sitemaps import PageSitemap, SupervisionFormSitemap
from supervisors.sitemaps import SupervisorSitemap


class AppPageSitemap(SiteSitemap):
    """
    Public pages an app renders rather than a content record: booking a first conversation and
    starting a team map. Their addresses with a token (a booking's own link, a survey's
    answer and results links) are private and never listed. They have no last change to
    give: the free times change with every booking, so no ``lastmod``.
    """

    priority = 0.7
    URL_NAMES = ["booking:times", "community_map:team_create"]

    def items(self):
        return self.URL_NAMES

    def location(self, url_name):
        return reverse(url_name)

    def lastmod(self, url_name):
        return None


SITEMAPS = {
    "sivut": PageSitemap,
    "palvelut": SupervisionFormSitemap,
    "hinnat": PrivatePricesSitemap,
    "sovellukset": AppPageSitemap,
    "tyonohjaajat": SupervisorSitemap,
}
