from django.core.management.base import BaseCommand
from django.db import transaction

from articles import examples as article_examples
from booking import examples as booking_examples
from evaluations import examples as evaluation_examples
from events import examples as event_examples
from pricing import examples as price_examples
from processes import examples as process_examples
from services import examples as company_examples
from supervisors import examples as supervisor_examples
from testimonials import examples as testimonial_examples


class Command(BaseCommand):
    help = (
        "Add example content for development (supervisors with drawn portraits, prices, a "
        "quote, client organisations, an article, an event, a supervision process with example "
        "agreement terms and two closed evaluation rounds, the company details where empty), each "
        "marked as an example. Safe to run again; check --deploy warns while any of it is "
        "published. Never run it in production."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            supervisors = supervisor_examples.load()
            price_examples.load()
            company_examples.load()
            testimonial_examples.load()
            booking_examples.load()
            article_examples.load()
            event_examples.load()
            process = process_examples.load()
            evaluation_examples.load(process)
        self.stdout.write(f"Example content loaded (supervisors added: {supervisors}).")
