from django.utils import timezone

from core.sitemaps import SiteSitemap

from .models import Article


class ArticleSitemap(SiteSitemap):
    """Every article the public may see, in each language; a scheduled one from its time on."""

    priority = 0.6

    def items(self):
        return Article.objects.published(timezone.now()).order_by("-published_at", "-pk")

    def lastmod(self, article):
        return article.updated_at
