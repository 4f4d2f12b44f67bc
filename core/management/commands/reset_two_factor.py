"""Remove a staff member's two-factor devices, for a lost phone: they enrol again at login."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core import two_factor


class Command(BaseCommand):
    help = (
        "Remove the authenticator app and recovery codes of USERNAME (a lost phone). "
        "At their next login they set up two-factor login again."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        User = get_user_model()
        try:
            user = User.objects.get(**{User.USERNAME_FIELD: username})
        except User.DoesNotExist:
            raise CommandError(f"No user named {username!r}.") from None
        removed = two_factor.reset(user)
        self.stdout.write(
            f"Removed {removed} two-factor device(s) of {username}; "
            "they set up two-factor login again at their next login."
        )
