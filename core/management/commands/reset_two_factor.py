"""Remove a staff member's two-factor devices, for a lost phone, and print a new set-up link."""

from django.core.management.base import BaseCommand

from core import two_factor

from .invite_two_factor import print_invitation, staff_member


class Command(BaseCommand):
    help = (
        "Remove the authenticator app and recovery codes of USERNAME (a lost phone) and print "
        "a one-time link with which they set up two-factor login again."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = staff_member(username)
        removed = two_factor.reset(user)
        self.stdout.write(f"Removed {removed} two-factor device(s) of {username}.")
        print_invitation(self, user)
