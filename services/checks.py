from django.core.checks import Warning, register
from django.db import DatabaseError


@register(deploy=True)
def placeholder_content_check(app_configs, **kwargs):
    """Warn before deployment while the footer shows the seeded placeholder contact details."""
    try:
        return _placeholder_contact_details()
    except DatabaseError:
        # Not migrated yet: nothing is published, and migrate will say so on its own.
        return []


def _placeholder_contact_details():
    from .models import SiteDetails

    fields = SiteDetails.load().placeholder_fields
    if not fields:
        return []
    return [
        Warning(
            "The footer shows placeholder contact details: " + ", ".join(fields) + ".",
            hint="Enter the real details in the admin under Sivuston tiedot.",
            id="services.W001",
        )
    ]
