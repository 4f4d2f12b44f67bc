from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services"
    verbose_name = _("Site content")

    def ready(self):
        from core import page_cache
        from core.revisions import create_initial_revisions

        from . import checks  # noqa: F401  (registers the system checks)
        from .models import KeyQuestion, Page, SiteDetails, SupervisionForm

        post_migrate.connect(create_initial_revisions, sender=self)
        # A release (migrate) may change templates: start with fresh pages.
        post_migrate.connect(page_cache.invalidate, sender=self)
        page_cache.invalidate_on_change(SupervisionForm, KeyQuestion, Page, SiteDetails)
