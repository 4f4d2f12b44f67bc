from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class TyonohjausConfig(AppConfig):
    """
    The project package as an app: it carries Finnish translations for third-party apps, and
    the migration history of the rate counter it once held (now in core).
    """

    default = True
    name = "tyonohjaus"
    verbose_name = "Työnohjaus"


class SiteAdminConfig(admin_apps.AdminConfig):
    default = False
    default_site = "tyonohjaus.admin_site.SiteAdmin"

    def ready(self):
        super().ready()
        from django.contrib import admin
        from django_otp.plugins.otp_static.models import StaticDevice
        from django_otp.plugins.otp_totp.models import TOTPDevice

        from core import dashboard

        # Devices are enrolled in the admin's own pages (core/two_factor.py) and reset
        # with `manage.py reset_two_factor`; their raw model admins would only show secrets.
        for model in (TOTPDevice, StaticDevice):
            if admin.site.is_registered(model):
                admin.site.unregister(model)
        dashboard.autodiscover()
