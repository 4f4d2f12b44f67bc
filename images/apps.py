from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImagesConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "images"
    verbose_name = _("Images")

    def ready(self):
        from pictures.signals import picture_processed

        from core import page_cache

        from . import signals
        from .models import Image

        signals.connect(Image, page_cache)
        picture_processed.connect(signals.renditions_processed)
