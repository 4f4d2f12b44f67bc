from django.conf import settings
from django.core.management.base import BaseCommand

from contact.models import Enquiry
from core import ratelimit


class Command(BaseCommand):
    help = (
        "Delete enquiries older than ENQUIRY_RETENTION_DAYS with their admin log entries, "
        "and expired rate counters (for cron; privacy statement)."
    )

    def handle(self, *args, **options):
        deleted = Enquiry.objects.purge_expired()
        counters = ratelimit.forget_expired()
        self.stdout.write(
            f"Deleted {deleted} enquiries older than {settings.ENQUIRY_RETENTION_DAYS} days "
            f"and {counters} expired rate counters."
        )
