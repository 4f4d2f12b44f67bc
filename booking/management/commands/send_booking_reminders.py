from django.conf import settings
from django.core.management.base import BaseCommand

from booking import availability, delivery


class Command(BaseCommand):
    help = (
        "Remind each client once of a booking starting within BOOKING_REMINDER_HOURS; two "
        "overlapping runs never send twice. Also refreshes whether pages offer booking, as "
        "free times run out with time (for cron, every 10 minutes)."
    )

    def handle(self, *args, **options):
        sent, failed = delivery.send_reminders()
        availability.refresh()
        self.stdout.write(
            f"Sent {sent} reminders of bookings within {settings.BOOKING_REMINDER_HOURS} hours; "
            f"{failed} failed."
        )
        if failed:
            raise SystemExit(1)
