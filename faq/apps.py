from django.utils.translation import gettext_lazy as _

from core import content


class FaqConfig(content.ContentAppConfig):
    name = "faq"
    verbose_name = _("Frequently asked questions")
    content_models = ("Category", "Question")
    seeded = True

    def ready(self):
        super().ready()
        from . import views  # noqa: F401  (registers its page layouts)
