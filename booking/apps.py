from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BookingConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "booking"
    verbose_name = _("Bookings")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from core import page_cache

        from .models import (
            BlockedDays,
            Booking,
            Calendar,
            ExtraTime,
            WeeklyHours,
            free_times_changed,
        )

        # Opening hours decide whether pages offer booking at all (the call to action).
        page_cache.invalidate_on_change(Calendar, WeeklyHours, ExtraTime, BlockedDays)
        # The cached free times (booking.slots) get a new version with every change of them; a
        # calendar's own save starts one itself (Calendar.save), and so does a cancellation.
        for model in (WeeklyHours, ExtraTime, BlockedDays, Booking):
            post_save.connect(free_times_changed, sender=model)
            post_delete.connect(free_times_changed, sender=model)
