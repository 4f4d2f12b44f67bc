from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _

from core import content, page_cache


class ServicesConfig(content.ContentAppConfig):
    name = "services"
    verbose_name = _("Site content")
    content_models = ("SupervisionForm", "KeyQuestion", "Page", "SiteDetails")
    seeded = True

    def ready(self):
        super().ready()
        from . import addresses, checks  # noqa: F401  (checks registers the system checks)

        addresses.register()

        # A release (migrate) may change templates: start with fresh pages.
        post_migrate.connect(page_cache.invalidate, sender=self)
