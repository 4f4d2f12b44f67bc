from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityMapConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "community_map"
    verbose_name = _("Work community map")

    def ready(self):
        from django.db.models.signals import post_delete, post_migrate, post_save

        from services import page_cache
        from services.signals import create_initial_revisions

        from .models import Dimension, RecommendationRule, Reflection, Statement

        post_migrate.connect(create_initial_revisions, sender=self)
        for model in (Dimension, Statement, Reflection, RecommendationRule):
            post_save.connect(page_cache.invalidate, sender=model)
            post_delete.connect(page_cache.invalidate, sender=model)
