"""Print a staff member's one-time link to set up two-factor login (the first superuser's too)."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from core import two_factor
from core.models import TwoFactorInvitation


def staff_member(username):
    User = get_user_model()
    try:
        user = User.objects.get(**{User.USERNAME_FIELD: username})
    except User.DoesNotExist:
        raise CommandError(f"No user named {username!r}.") from None
    if not (user.is_active and user.is_staff):
        raise CommandError(f"{username} is not an active staff member.")
    return user


def print_invitation(command, user):
    token = TwoFactorInvitation.objects.issue(user)
    days = TwoFactorInvitation.LIFETIME.days
    command.stdout.write(
        f"{user.get_username()} sets up two-factor login with this link, once, within {days} "
        f"days, after logging in with their password:\n{two_factor.invitation_url(token)}"
    )


class Command(BaseCommand):
    help = (
        "Print a one-time link with which USERNAME sets up two-factor login (for the first "
        "superuser; in the admin, superusers make links with an action on the users' list)."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = staff_member(username)
        if two_factor.has_device(user):
            raise CommandError(
                f"{username} already uses two-factor login; reset_two_factor removes it "
                "and prints a new link."
            )
        print_invitation(self, user)
