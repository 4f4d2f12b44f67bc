from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "booking"
    verbose_name = _("Bookings")

    def ready(self):
        from core import page_cache

        from .models import BlockedDays, Calendar, ExtraTime, WeeklyHours

        # Opening hours decide whether pages offer booking at all (the call to action).
        page_cache.invalidate_on_change(Calendar, WeeklyHours, ExtraTime, BlockedDays)
