from django.core.management.base import BaseCommand

from events import delivery


class Command(BaseCommand):
    help = (
        "Send every registration's unsent email (its confirmation, waitlist notice, place or "
        "cancellation) once; the worker normally sends them within seconds. Two overlapping "
        "runs never send one twice."
    )

    def handle(self, *args, **options):
        sent, failed = delivery.send_pending()
        self.stdout.write(f"Sent {sent} registration emails; {failed} failed.")
        if failed:
            raise SystemExit(1)
