from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NavigationConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "navigation"
    verbose_name = _("Navigation")

    def ready(self):
        from core import page_cache

        from .models import MenuItem

        page_cache.invalidate_on_change(MenuItem)
