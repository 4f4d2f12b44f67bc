from django.conf import settings
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction

from events.models import Registration


class Command(BaseCommand):
    help = (
        "Delete registrations of events that ended more than EVENT_RETENTION_DAYS ago, with "
        "their admin log entries (for cron; privacy statement)."
    )

    def handle(self, *args, **options):
        ids = [str(pk) for pk in Registration.objects.expired().values_list("pk", flat=True)]
        with transaction.atomic():
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Registration), object_id__in=ids
            ).delete()
            deleted, _by_model = Registration.objects.filter(pk__in=ids).delete()
        self.stdout.write(
            f"Deleted {deleted} registrations of events over {settings.EVENT_RETENTION_DAYS} "
            "days past."
        )
