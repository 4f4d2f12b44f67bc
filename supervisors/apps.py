from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SupervisorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "supervisors"
    verbose_name = _("Supervisors")

    def ready(self):
        from core import page_cache

        from . import views  # noqa: F401  (registers its page layouts)
        from .models import Credential, Supervisor

        page_cache.invalidate_on_change(Supervisor, Credential)
