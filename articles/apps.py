from django.utils.translation import gettext_lazy as _

from core import content


class ArticlesConfig(content.ContentAppConfig):
    name = "articles"
    verbose_name = _("Articles")
    content_models = ("Article",)
    seeded = True

    def ready(self):
        super().ready()
        from . import views  # noqa: F401  (registers its page layouts)
