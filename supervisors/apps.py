from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.translation import gettext_lazy as _


class SupervisorsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "supervisors"
    verbose_name = _("Supervisors")

    def ready(self):
        from services import page_cache

        from .models import Credential, Supervisor

        for model in (Supervisor, Credential):
            post_save.connect(page_cache.invalidate, sender=model)
            post_delete.connect(page_cache.invalidate, sender=model)
        m2m_changed.connect(page_cache.invalidate, sender=Supervisor.forms.through)
