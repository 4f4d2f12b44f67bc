from django.core.checks import Warning, register

from core.checks import needs_database

from .models import SiteDetails


@register(deploy=True)
@needs_database
def placeholder_content_check(app_configs, **kwargs):
    """Warn before deployment while the footer shows the seeded placeholder contact details."""
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
