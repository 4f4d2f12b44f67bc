from django.core.management.base import BaseCommand

from images.models import Image


class Command(BaseCommand):
    help = "Make the renditions of every uploaded image again (e.g. after changing PICTURES)."

    def handle(self, *args, **options):
        count = 0
        for image in Image.objects.exclude(file=""):
            image.make_renditions_now()
            count += 1
        self.stdout.write(f"Renditions made for {count} images.")
