from django.utils.translation import gettext_lazy as _

from core import content


class SupervisorsConfig(content.ContentAppConfig):
    name = "supervisors"
    verbose_name = _("Supervisors")
    content_models = ("Supervisor", "Credential", "Sector")

    def ready(self):
        super().ready()
        from . import views  # noqa: F401  (registers its page layouts)
