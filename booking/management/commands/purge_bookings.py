from django.conf import settings
from django.core.management.base import BaseCommand

from booking.models import Booking
from core.retention import delete_with_log_entries


class Command(BaseCommand):
    help = (
        "Delete bookings whose meeting ended more than BOOKING_RETENTION_DAYS ago, with their "
        "admin log entries (for cron; privacy statement)."
    )

    def handle(self, *args, **options):
        deleted, _rows = delete_with_log_entries(Booking.objects.expired())
        self.stdout.write(
            f"Deleted {deleted} bookings older than {settings.BOOKING_RETENTION_DAYS} days."
        )
