from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand
from django.db import transaction

from processes.models import Process


class Command(BaseCommand):
    help = (
        "Delete supervision processes past their retention (retention_years after the end or "
        "the planned end), with their goals, agreement, its versions and acceptances, whatever "
        "else belongs to them, and their admin log entries (for cron; privacy statement)."
    )

    def handle(self, *args, **options):
        ids = [str(pk) for pk in Process.objects.expired().values_list("pk", flat=True)]
        with transaction.atomic():
            LogEntry.objects.filter(
                content_type=ContentType.objects.get_for_model(Process), object_id__in=ids
            ).delete()
            deleted, _by_model = Process.objects.filter(pk__in=ids).delete()
        self.stdout.write(
            f"Deleted {len(ids)} supervision processes past their retention "
            f"({deleted} rows with their goals, agreements and acceptances)."
        )
