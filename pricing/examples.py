"""
Example prices for development, so that a newcomer sees the price list filled in.

Never loaded by a migration: ``manage.py load_example_content`` (and ``make run``) add them.
Each is flagged ``is_example`` and says so in its notes; ``check --deploy`` warns while any is
published. The amounts are invented and are not the consultancy's prices.
"""

from decimal import Decimal

from services.models import SupervisionForm

from .models import PriceRow
from .vat import VatRate

NOTE = "Esimerkkihinta kehityskäyttöön – ei todellinen hinta."

PRICES = [
    ("Yksilötyönohjaus (esimerkki)", "yksilotyonohjaus", "istunto 90 min", "120.00"),
    ("Ryhmätyönohjaus (esimerkki)", "ryhmatyonohjaus", "ryhmä, 120 min", "240.00"),
    ("Yhteisötyönohjaus (esimerkki)", "yhteisotyonohjaus", "työyhteisö, 120 min", "280.00"),
    ("Tilannetyönohjaus (esimerkki)", "tilannetyonohjaus", "istunto 60 min", "95.00"),
    (
        "Esihenkilöiden työnohjaus (esimerkki)",
        "esihenkiloiden-tyonohjaus",
        "istunto 90 min",
        "130.00",
    ),
]


def load():
    """Add the example prices, or bring them back to their example values. Idempotent."""
    forms = {form.slug: form for form in SupervisionForm.objects.all()}
    for order, (what, slug, unit, price) in enumerate(PRICES, start=1):
        PriceRow.objects.update_or_create(
            what=what,
            is_example=True,
            defaults={
                "form": forms.get(slug),
                "unit": unit,
                "price": Decimal(price),
                "vat_rate": VatRate.GENERAL,
                "notes": NOTE,
                "order": order,
                "published": True,
            },
        )
