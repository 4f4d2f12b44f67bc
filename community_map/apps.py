from django.utils.translation import gettext_lazy as _

from core import content


class CommunityMapConfig(content.ContentAppConfig):
    name = "community_map"
    verbose_name = _("Work community map")
    content_models = ("Dimension", "Statement", "Reflection", "RecommendationRule")
    seeded = True

    def ready(self):
        super().ready()
        from . import team, views  # noqa: F401  (team's signals; views register page layouts)
