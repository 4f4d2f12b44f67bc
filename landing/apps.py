from django.utils.translation import gettext_lazy as _

from core import content


class LandingConfig(content.ContentAppConfig):
    name = "landing"
    verbose_name = _("Home page")
    content_models = ("HomePage", "Step")
    seeded = True
