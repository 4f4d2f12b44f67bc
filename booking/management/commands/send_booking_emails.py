from django.core.management.base import BaseCommand

from booking import delivery


class Command(BaseCommand):
    help = (
        "Email every booking change (confirmation, move, cancellation) not yet delivered to the "
        "client or to staff, each once (for cron)."
    )

    def handle(self, *args, **options):
        report = delivery.send_pending()
        self.stdout.write(
            f"Sent {report.sent} pending booking emails; {report.failed} still failing; "
            f"{report.unconfirmed} claimed by another sender and not confirmed."
        )
        if report.resent:
            self.stdout.write(
                f"{report.resent} of them had been claimed by a sender that never confirmed "
                "sending (it may have stopped after the mail server took the message): sent "
                "again once its claim lapsed."
            )
        if report.failed or report.unconfirmed:
            # A non-zero exit makes cron (or a systemd timer) report the failure.
            raise SystemExit(1)
