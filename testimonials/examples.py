"""
One example quote for development. Never loaded by a migration: ``load_example_content`` adds
it, flagged ``is_example``; ``check --deploy`` warns while it is published. No real person said it.
"""

import datetime

from services.models import SupervisionForm

from .models import Testimonial

TEXT = (
    "Esimerkkilainaus: työnohjaus auttoi tiimiämme pysähtymään ja löytämään yhteisen "
    "suunnan kiireen keskellä."
)


def load():
    """Add the example quote, or bring it back to its example values. Idempotent."""
    Testimonial.objects.update_or_create(
        is_example=True,
        role="osastonhoitaja (esimerkki)",
        defaults={
            "text": TEXT,
            "sector": "sairaala",
            "form": SupervisionForm.objects.filter(slug="ryhmatyonohjaus").first(),
            "permission_date": datetime.date(2026, 1, 1),
            "permission_way": "Esimerkki: ei oikeaa lupaa, koska lainaus on keksitty.",
            "published": True,
        },
    )
