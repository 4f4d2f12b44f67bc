from django.utils.translation import gettext_lazy as _

from core import content


class TestimonialsConfig(content.ContentAppConfig):
    name = "testimonials"
    verbose_name = _("References")
    content_models = ("Testimonial", "ClientOrganisation")
