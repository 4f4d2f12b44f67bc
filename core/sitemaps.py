from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap


class SiteSitemap(Sitemap):
    """
    Addresses in the sitemap use the site's canonical address (SITE_URL), each page in every
    language of the site, with its other languages' addresses as alternates (and the Finnish
    one as x-default).
    """

    i18n = True
    alternates = True
    x_default = True

    def get_domain(self, site=None):
        return urlsplit(settings.SITE_URL).netloc

    def get_protocol(self, protocol=None):
        return urlsplit(settings.SITE_URL).scheme

    def lastmod(self, item):
        return item.updated_at
