from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "events"
    verbose_name = _("Training days and info sessions")

    def ready(self):
        from core import page_cache

        from .models import Event, Session

        # An event's texts, dates and places show on its page, the list and the home page.
        page_cache.invalidate_on_change(Event, Session)
