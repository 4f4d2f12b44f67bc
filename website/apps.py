from django.apps import AppConfig


class WebsiteConfig(AppConfig):
    """The pages that combine the apps: home, forms, approach, SEO; it has no models."""

    name = "website"
    verbose_name = "Website"

    def ready(self):
        from . import views  # noqa: F401  (registers its page layouts)
