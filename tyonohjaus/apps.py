from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class TyonohjausConfig(AppConfig):
    """The project package as an app: it carries Finnish translations for third-party apps."""

    default = True
    name = "tyonohjaus"
    verbose_name = "Työnohjaus"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)


class SiteAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "tyonohjaus.admin_site.SiteAdmin"
