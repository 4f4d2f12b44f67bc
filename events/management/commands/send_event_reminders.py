from django.conf import settings
from django.core.management.base import BaseCommand

from events import delivery


class Command(BaseCommand):
    help = (
        "Remind each registered participant once of an event starting within "
        "EVENT_REMINDER_HOURS (an online event's reminder carries its video link); two "
        "overlapping runs never send twice (for cron, every 10 minutes)."
    )

    def handle(self, *args, **options):
        sent, failed = delivery.send_reminders()
        self.stdout.write(
            f"Sent {sent} reminders of events within {settings.EVENT_REMINDER_HOURS} hours; "
            f"{failed} failed."
        )
        if failed:
            raise SystemExit(1)
