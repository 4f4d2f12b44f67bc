from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """Shared infrastructure below every app of the site; it imports none of them."""

    name = "core"
    verbose_name = _("Site infrastructure")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)

        # Before any URLconf is read: secrets in addresses are captured as <token:…>.
        from .url_tokens import register_token_converter

        register_token_converter()
