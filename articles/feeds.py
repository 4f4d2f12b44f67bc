"""The Atom feed of the articles, in each language of the site."""

from django.urls import reverse
from django.utils.translation import gettext

from core.feeds import SiteFeed
from services.models import SiteDetails

from .models import Article

ITEMS = 20


class ArticleFeed(SiteFeed):
    """The newest published articles whose time has come, newest first."""

    def list_path(self):
        return reverse("articles:list")

    def _site_name(self):
        return SiteDetails.current().name

    def title(self):
        return gettext("Articles – %(site)s") % {"site": self._site_name()}

    def subtitle(self):
        return gettext("New articles on work supervision")

    def author_name(self):
        return self._site_name()

    def items(self):
        return Article.objects.newest(ITEMS, related=("author",), prefetch=("forms",))

    def item_title(self, article):
        return article.title

    def item_description(self, article):
        return article.lead

    def item_author_name(self, article):
        return article.author.name if article.author else None

    def item_pubdate(self, article):
        return article.published_at

    def item_updateddate(self, article):
        return max(article.published_at, article.updated_at)

    def item_categories(self, article):
        return [form.name for form in article.forms.all() if form.published]
