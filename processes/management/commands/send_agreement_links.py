from django.core.management.base import BaseCommand, CommandError

from processes import delivery


class Command(BaseCommand):
    help = "Send the agreement links staff asked to send that have not gone (for cron)."

    def handle(self, *args, **options):
        sent, failed = delivery.send_pending()
        self.stdout.write(f"Sent {sent} agreement links; {failed} failed.")
        if failed:
            raise CommandError(f"{failed} agreement links could not be sent.")
