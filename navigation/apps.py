from django.utils.translation import gettext_lazy as _

from core import content


class NavigationConfig(content.ContentAppConfig):
    name = "navigation"
    verbose_name = _("Navigation")
    content_models = ("MenuItem",)
