from django.apps import AppConfig
from django.db.models.signals import post_migrate

from . import page_cache
from .revisions import create_initial_revisions


class ContentAppConfig(AppConfig):
    """
    An app whose models are the site's content.

    Saving or deleting any of ``content_models`` starts a new page-cache content version, so
    the public pages show the change on the next request. With ``seeded``, migrate records the
    first version of content that has no history yet (the text its migrations seed).

    Subclass it as ``content.ContentAppConfig`` (``from core import content``): Django takes
    the one AppConfig class it finds in an app's apps.py, so the base must not be among them.
    """

    default_auto_field = "django.db.models.BigAutoField"
    content_models = ()
    seeded = False

    def ready(self):
        page_cache.invalidate_on_change(*(self.get_model(name) for name in self.content_models))
        if self.seeded:
            post_migrate.connect(create_initial_revisions, sender=self)
