from django.conf import settings
from django.core.management import call_command
from django.utils import translation
from django.utils.translation import gettext


def create_initial_revisions(sender, **kwargs):
    """Record the current state of the app's content that has no history yet (seeded text)."""
    with translation.override(settings.LANGUAGE_CODE):
        comment = gettext("Initial version")
    call_command("createinitialrevisions", sender.label, comment=comment, verbosity=0)
