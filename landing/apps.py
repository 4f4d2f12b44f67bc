from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LandingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "landing"
    verbose_name = _("Home page")

    def ready(self):
        from core import page_cache

        from .models import HomePage, Step

        page_cache.invalidate_on_change(HomePage, Step)
