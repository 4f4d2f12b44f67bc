from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityMapConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "community_map"
    verbose_name = _("Work community map")

    def ready(self):
        from django.db.models.signals import post_migrate

        from core import page_cache
        from core.revisions import create_initial_revisions

        from . import views  # noqa: F401  (registers its page layouts)
        from .models import Dimension, RecommendationRule, Reflection, Statement

        post_migrate.connect(create_initial_revisions, sender=self)
        page_cache.invalidate_on_change(Dimension, Statement, Reflection, RecommendationRule)
