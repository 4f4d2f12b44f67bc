from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TestimonialsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "testimonials"
    verbose_name = _("References")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from services import page_cache

        from .models import Testimonial

        post_save.connect(page_cache.invalidate, sender=Testimonial)
        post_delete.connect(page_cache.invalidate, sender=Testimonial)
