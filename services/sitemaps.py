from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Page, SupervisionForm


class SiteSitemap(Sitemap):
    """Addresses in the sitemap use the site's canonical address (SITE_URL)."""

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def lastmod(self, item):
        return item.updated_at


class PageSitemap(SiteSitemap):
    def items(self):
        # The thank-you page is for people who just sent a message, not for search results.
        return Page.objects.published().exclude(slug=Page.THANKS_SLUG).order_by("slug")

    def priority(self, page):
        return 1.0 if page.slug == Page.HOME_SLUG else 0.6


class SupervisionFormSitemap(SiteSitemap):
    priority = 0.8

    def items(self):
        return SupervisionForm.objects.published()


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


def _sitemaps():
    from pricing.sitemaps import PrivatePricesSitemap

    return {
        "sivut": PageSitemap,
        "palvelut": SupervisionFormSitemap,
        "hinnat": PrivatePricesSitemap,
        "sovellukset": AppPageSitemap,
    }


SITEMAPS = _sitemaps()
