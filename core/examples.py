"""Example content for development is marked with an ``is_example`` flag on its model."""

from django.utils.translation import gettext_lazy as _

EXAMPLE_HELP = _(
    "Example content for development, loaded by load_example_content. "
    "The deployment check warns while published examples remain."
)
