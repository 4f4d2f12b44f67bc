from django.core.management.base import BaseCommand

from contact.models import Enquiry


class Command(BaseCommand):
    help = "Email staff every enquiry whose notification has not been delivered yet (for cron)."

    def handle(self, *args, **options):
        sent, failed = Enquiry.objects.send_pending()
        self.stdout.write(f"Sent {sent} pending enquiries; {failed} still failing.")
        if failed:
            # A non-zero exit makes cron (or a systemd timer) report the failure.
            raise SystemExit(1)
