from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def site_url_check(app_configs, **kwargs):
    """SITE_URL is the canonical address in links, sitemaps and email: it must be the real one."""
    parts = urlsplit(settings.SITE_URL)
    if parts.scheme == "https" and parts.hostname in settings.ALLOWED_HOSTS:
        return []
    return [
        Warning(
            f"SITE_URL is {settings.SITE_URL!r}: canonical links, the sitemap and email would "
            "point to the wrong address.",
            hint="Set SITE_URL to the site's public https:// address, one of ALLOWED_HOSTS.",
            id="tyonohjaus.W001",
        )
    ]
