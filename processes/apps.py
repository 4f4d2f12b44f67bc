from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProcessesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "processes"
    verbose_name = _("Supervision processes")

    def ready(self):
        from core import page_cache

        from .freshness import STAMP_KEY
        from .models import Agreement, AgreementTerms, AgreementVersion, Goal, Process

        page_cache.replace_stamp_on_change(
            STAMP_KEY, Process, Goal, AgreementTerms, Agreement, AgreementVersion
        )
