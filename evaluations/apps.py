from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EvaluationsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "evaluations"
    verbose_name = _("Evaluations of supervision")

    def ready(self):
        from core import page_cache
        from processes import purchaser_pages

        # The layout of /vaikuttavuus/ (services.pages) and the page cache's refresh.
        from . import impact, rounds  # noqa: F401
        from .models import ImpactFigure

        page_cache.invalidate_on_change(ImpactFigure)
        # The agreement's page links to the rounds' results (which say when there are none).
        purchaser_pages.register(
            lambda: _("Evaluations and their results"), "evaluation_results:results"
        )
