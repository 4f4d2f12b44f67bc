from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap

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


def _sitemaps():
    from pricing.sitemaps import PrivatePricesSitemap

    return {
        "sivut": PageSitemap,
        "palvelut": SupervisionFormSitemap,
        "hinnat": PrivatePricesSitemap,
    }


SITEMAPS = _sitemaps()
