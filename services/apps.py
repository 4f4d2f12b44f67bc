from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "services"
    verbose_name = _("Site content")

    def ready(self):
        from .signals import create_initial_revisions

        post_migrate.connect(create_initial_revisions, sender=self)
