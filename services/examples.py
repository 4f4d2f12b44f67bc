"""
Example company details for development, so that a newcomer sees the prices page, the footer
and the privacy statement with the details a buyer looks for.

Never loaded by a migration: ``manage.py load_example_content`` (and ``make run``) fills them
in on a site whose legal name is not entered yet, and only into fields that are empty, so
real details are never overwritten or mixed with examples. The names
say "Esimerkki" and the business ID and e-invoice address are the ones ``SiteDetails`` knows
as examples, so ``check --deploy`` warns while any of them is left.
"""

from .models import SiteDetails

COMPANY = {
    "legal_name": "Työnohjaus Esimerkki Oy",
    "trading_name": "Esimerkkityönohjaus",
    "business_id": SiteDetails.EXAMPLE_BUSINESS_ID,
    "vat_registered": True,
    "einvoice_address": SiteDetails.EXAMPLE_EINVOICE_ADDRESS,
    "einvoice_operator": "Esimerkkioperaattori Oy (003799999999)",
}


def load():
    """Fill the empty company details with the examples; return the names of those filled."""
    details = SiteDetails.load()
    if details.pk is None or details.legal_name:
        return []
    empty = {name: value for name, value in COMPANY.items() if getattr(details, name) in ("", None)}
    if empty:
        for name, value in empty.items():
            setattr(details, name, value)
        details.save()
    return list(empty)
