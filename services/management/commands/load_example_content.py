from django.core.management.base import BaseCommand
from django.db import transaction

from pricing import examples as price_examples
from testimonials import examples as testimonial_examples


class Command(BaseCommand):
    help = (
        "Add example content for development (prices, a quote), each marked as an example. "
        "Safe to run again; check --deploy warns while any of it is published."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            price_examples.load()
            testimonial_examples.load()
        self.stdout.write("Example content loaded.")
