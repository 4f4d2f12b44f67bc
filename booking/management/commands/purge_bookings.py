from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction

from booking.models import Booking


class Command(BaseCommand):
    help = (
        "Delete bookings whose meeting ended more than BOOKING_RETENTION_DAYS ago, with their "
        "admin log entries (for cron; privacy statement)."
    )

    def handle(self, *args, **options):
        expired = Booking.objects.expired()
        ids = [str(pk) for pk in expired.values_list("pk", flat=True)]
        with transaction.atomic():
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Booking), object_id__in=ids
            ).delete()
            deleted, _by_model = Booking.objects.filter(pk__in=ids).delete()
        self.stdout.write(
            f"Deleted {deleted} bookings older than {settings.BOOKING_RETENTION_DAYS} days."
        )
