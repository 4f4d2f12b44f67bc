from django.conf import settings
from django.core.management.base import BaseCommand

from core.retention import delete_with_log_entries
from events.models import Registration


class Command(BaseCommand):
    help = (
        "Delete registrations of events that ended more than EVENT_RETENTION_DAYS ago, with "
        "their admin log entries (for cron; privacy statement)."
    )

    def handle(self, *args, **options):
        deleted, _rows = delete_with_log_entries(Registration.objects.expired())
        self.stdout.write(
            f"Deleted {deleted} registrations of events over {settings.EVENT_RETENTION_DAYS} "
            "days past."
        )
