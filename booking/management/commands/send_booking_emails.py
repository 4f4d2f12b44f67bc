from django.core.management.base import BaseCommand

from booking import delivery


class Command(BaseCommand):
    help = (
        "Email every booking change (confirmation, move, cancellation) not yet delivered to the "
        "client or to staff, each once (for cron)."
    )

    def handle(self, *args, **options):
        sent, failed = delivery.send_pending()
        self.stdout.write(f"Sent {sent} pending booking emails; {failed} still failing.")
        if failed:
            # A non-zero exit makes cron (or a systemd timer) report the failure.
            raise SystemExit(1)
