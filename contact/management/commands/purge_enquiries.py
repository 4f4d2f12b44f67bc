from django.conf import settings
from django.core.management.base import BaseCommand

from contact.models import Enquiry


class Command(BaseCommand):
    help = "Delete enquiries older than ENQUIRY_RETENTION_DAYS (for cron; privacy statement)."

    def handle(self, *args, **options):
        deleted, _ = Enquiry.objects.expired().delete()
        self.stdout.write(
            f"Deleted {deleted} enquiries older than {settings.ENQUIRY_RETENTION_DAYS} days."
        )
