from django.core.management.base import BaseCommand

from supervisors import examples as example_supervisors


class Command(BaseCommand):
    help = (
        "Add example content for development (example supervisors with drawn portraits). "
        "Idempotent: what exists already is left as it is. Never run it in production."
    )

    def handle(self, *args, **options):
        added = example_supervisors.load()
        self.stdout.write(f"Example supervisors added: {added}.")
