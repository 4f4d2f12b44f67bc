from django.utils.translation import gettext_lazy as _

from core import content


class CommunityMapConfig(content.ContentAppConfig):
    name = "community_map"
    verbose_name = _("Work community map")
    content_models = ("Dimension", "Statement", "Reflection", "RecommendationRule")
    seeded = True

    def ready(self):
        super().ready()
        from . import views  # noqa: F401  (registers its page layouts)
