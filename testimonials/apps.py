from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TestimonialsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "testimonials"
    verbose_name = _("References")

    def ready(self):
        from core import page_cache

        from .models import Testimonial

        page_cache.invalidate_on_change(Testimonial)
