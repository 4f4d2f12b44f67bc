from core.sitemaps import SiteSitemap

from .models import Page, SupervisionForm


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
