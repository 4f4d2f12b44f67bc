from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PricingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "pricing"
    verbose_name = _("Prices")

    def ready(self):
        from django.db.models.signals import post_migrate

        from core import page_cache
        from core.revisions import create_initial_revisions

        from . import views  # noqa: F401  (registers its page layouts)
        from .models import PriceRow, PriceTerm

        post_migrate.connect(create_initial_revisions, sender=self)
        page_cache.invalidate_on_change(PriceRow, PriceTerm)
