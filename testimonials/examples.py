"""
Example references for development: one quote and three client organisations. Never loaded by
a migration: ``load_example_content`` adds them, flagged ``is_example``; ``check --deploy`` warns
while any is published. No real person said the quote, and the organisations are made up (their
names say so); none of them gave a permission.
"""

import datetime
import io

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from images.models import Image
from images.validation import clean_image
from services.models import SupervisionForm

from .models import ClientOrganisation, Testimonial

TEXT = (
    "Esimerkkilainaus: työnohjaus auttoi tiimiämme pysähtymään ja löytämään yhteisen "
    "suunnan kiireen keskellä."
)
EXAMPLE_DATE = datetime.date(2026, 1, 1)
ORGANISATIONS = [
    ("Esimerkkilän kaupunki, perhepalvelut (esimerkki)", "kunta", True),
    ("Kuvitteellinen hyvinvointialue, kotihoito (esimerkki)", "hyvinvointialue", False),
    ("Malliyhdistys ry (esimerkki)", "järjestö", False),
]
NOT_A_REAL_PERMISSION = "Esimerkki: keksitty organisaatio, ei oikeaa lupaa."
LOGO_TITLE = "Esimerkkilogo: Esimerkkilän kaupunki (piirros, ei oikea logo)"


def draw_logo(width=600, height=240):
    """A plain drawn mark and the word ESIMERKKI: never mistaken for a real organisation's logo."""
    logo = PillowImage.new("RGB", (width, height), "#ffffff")
    draw = ImageDraw.Draw(logo)
    draw.ellipse((30, 40, 190, 200), fill="#2f6f8f")
    draw.ellipse((100, 40, 260, 200), fill="#e0a44a")
    font = ImageFont.load_default(size=56)
    draw.text((290, height / 2), "ESIMERKKI", fill="#26323a", font=font, anchor="lm")
    buffer = io.BytesIO()
    logo.save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="esimerkkilogo.png")


def _logo():
    image = Image.objects.filter(title=LOGO_TITLE).first()
    if image is None:
        image = Image(
            title=LOGO_TITLE, alt_text="Esimerkkilogo", credit="Piirretty ohjelmallisesti"
        )
        image.file = clean_image(draw_logo())
        image.save()
    return image


def load():
    """Add the examples, or bring them back to their example values. Idempotent."""
    Testimonial.objects.update_or_create(
        is_example=True,
        role="osastonhoitaja (esimerkki)",
        defaults={
            "text": TEXT,
            "sector": "sairaala",
            "form": SupervisionForm.objects.filter(slug="ryhmatyonohjaus").first(),
            "permission_date": EXAMPLE_DATE,
            "permission_way": "Esimerkki: ei oikeaa lupaa, koska lainaus on keksitty.",
            "published": True,
        },
    )
    for order, (name, sector, with_logo) in enumerate(ORGANISATIONS):
        ClientOrganisation.objects.update_or_create(
            is_example=True,
            name=name,
            defaults={
                "sector": sector,
                "logo": _logo() if with_logo else None,
                "permission_date": EXAMPLE_DATE,
                "permission_way": ClientOrganisation.PermissionWay.EMAIL,
                "permission_note": NOT_A_REAL_PERMISSION,
                "published": True,
                "order": order,
            },
        )
