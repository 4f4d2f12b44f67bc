from django.core.management.base import BaseCommand

from community_map import team


class Command(BaseCommand):
    help = (
        "Delete team map surveys whose end date is over 90 days past, with all their answers "
        "(run nightly by the purge timer; privacy statement)."
    )

    def handle(self, *args, **options):
        deleted = team.purge()
        self.stdout.write(
            f"Deleted {deleted} team map surveys that ended over {team.RETENTION_DAYS} days ago."
        )
