from django.core.management.base import BaseCommand

from core.retention import delete_with_log_entries
from processes.models import Process


class Command(BaseCommand):
    help = (
        "Delete supervision processes past their retention (retention_years after the end or "
        "the planned end), with their goals, agreement, its versions and acceptances, whatever "
        "else belongs to them, and their admin log entries (for cron; privacy statement)."
    )

    def handle(self, *args, **options):
        processes, rows = delete_with_log_entries(Process.objects.expired())
        self.stdout.write(
            f"Deleted {processes} supervision processes past their retention "
            f"({rows} rows with their goals, agreements and acceptances)."
        )
