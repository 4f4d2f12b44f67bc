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


@register(deploy=True)
@needs_database
def company_details_check(app_configs, **kwargs):
    """
    Warn before deployment while a detail a buyer needs to choose and pay the company (its
    name, legal name, business ID, VAT registration, e-invoice address and operator) is
    empty or still a placeholder. A trading name is optional, but never a placeholder.
    """
    fields = SiteDetails.load().missing_company_details
    if not fields:
        return []
    return [
        Warning(
            "The company details a buyer needs are missing or placeholders: "
            + ", ".join(fields)
            + ".",
            hint="Enter them in the admin under Sivuston tiedot (Yritys); the prices page, "
            "the footer and the privacy statement show them.",
            id="services.W003",
        )
    ]
