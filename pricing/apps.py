from django.utils.translation import gettext_lazy as _

from core import content


class PricingConfig(content.ContentAppConfig):
    name = "pricing"
    verbose_name = _("Prices")
    content_models = ("PriceRow", "PriceTerm")
    seeded = True

    def ready(self):
        super().ready()
        from . import views  # noqa: F401  (registers its page layouts)
