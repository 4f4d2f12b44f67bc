"""
Example supervisors for development: `python manage.py load_example_content`.

Two clearly fictional people with drawn (not photographed) portraits and plausible example
qualifications (training, STOry membership, years, sectors), so that a newcomer's `make run`
shows the whole site, its filters and what a buyer compares. Every name and credential says
it is an example; nothing here is a claim about the consultancy or a real person, and no
example links to a real register. Running it again changes nothing, and migrations never load it;
`check --deploy` warns while any example is published.
"""

import io

from django.core.files.base import ContentFile
from django.db import transaction
from PIL import Image as PillowImage
from PIL import ImageDraw, ImageFont

from images.models import Image
from images.validation import clean_image
from services.models import SupervisionForm

from .models import Credential, Sector, Supervisor

PORTRAIT_SIZE = 800
TRAINING = Credential.Kind.SUPERVISOR_TRAINING
BACKGROUND = Credential.Kind.BACKGROUND
EXAMPLES = [
    {
        "slug": "aino-esimerkki",
        "name": "Aino Esimerkki",
        "role": "Työnohjaaja – esimerkkiprofiili, ei oikea henkilö",
        "introduction": (
            "Tämä on esimerkkiprofiili sivuston kehitystä varten. Oikeiden työnohjaajien "
            "profiilit lisätään ylläpidossa, ja tämä esimerkki poistetaan ennen julkaisua."
        ),
        "body": (
            "## Miten työskentelen\n\n"
            "Esimerkkiteksti: tähän työnohjaaja kertoo omin sanoin, miten hän työskentelee, "
            "millaisia menetelmiä hän käyttää ja millaisten kysymysten parissa hän viihtyy.\n\n"
            "## Kokemus\n\n"
            "Esimerkkiteksti: tähän tulee kuvaus kokemuksesta eri toimialoilta."
        ),
        "sectors": ["Sosiaaliala", "Terveydenhuolto"],
        "methods": "ratkaisukeskeinen, dialoginen, reflektiiviset menetelmät",
        "languages": ["fi", "en"],
        "places": "Helsinki, Espoo",
        "works_remotely": True,
        "supervising_since": 2012,
        "story_member": True,
        "forms": ["yksilotyonohjaus", "ryhmatyonohjaus", "esihenkiloiden-tyonohjaus"],
        "colours": ("#dfe9e4", "#1f5f5b", "#a9c7bd"),
        "credentials": [
            (TRAINING, "Esimerkkipätevyys: työnohjaajakoulutus", "Esimerkkioppilaitos", 60, 2011),
            (
                BACKGROUND,
                "Esimerkkipätevyys: sairaanhoitaja (AMK)",
                "Esimerkkiammattikorkeakoulu",
                None,
                2003,
            ),
        ],
    },
    {
        "slug": "eero-esimerkki",
        "name": "Eero Esimerkki",
        "role": "Työnohjaaja ja konsultti – esimerkkiprofiili, ei oikea henkilö",
        "introduction": (
            "Toinen esimerkkiprofiili, jotta sivun kortit näkyvät kehityksen aikana. Nimi, "
            "kuva ja tekstit ovat keksittyjä esimerkkejä."
        ),
        "body": (
            "Esimerkkiteksti: tähän työnohjaaja kertoo, millaisia ryhmiä ja työyhteisöjä hän "
            "ohjaa ja miten yhteistyö tavallisesti alkaa."
        ),
        "sectors": ["Opetusala", "Kunta-ala", "Järjestöt"],
        "methods": "yhteisödynaaminen, toiminnalliset menetelmät",
        "languages": ["fi", "sv"],
        "places": "Tampere",
        "works_remotely": False,
        "supervising_since": 2018,
        "story_member": False,
        "forms": ["ryhmatyonohjaus", "yhteisotyonohjaus", "tilannetyonohjaus"],
        "colours": ("#f1e6d8", "#8a4b23", "#e0c4a4"),
        "credentials": [
            (TRAINING, "Esimerkkipätevyys: työnohjaajakoulutus", "Esimerkkioppilaitos", 45, 2017),
            (
                BACKGROUND,
                "Esimerkkipätevyys: kasvatustieteen maisteri",
                "Esimerkkiyliopisto",
                None,
                2005,
            ),
        ],
    },
]


def _initials(name):
    return "".join(part[0] for part in name.split()[:2]).upper()


def draw_portrait(name, colours, size=PORTRAIT_SIZE):
    """A calm geometric avatar with initials: plainly a drawing, never mistaken for a photo."""
    background, figure, accent = colours
    portrait = PillowImage.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(portrait)
    unit = size / 12
    draw.ellipse((-3 * unit, 7 * unit, 15 * unit, 19 * unit), fill=accent)
    draw.ellipse((4 * unit, 2 * unit, 8 * unit, 6 * unit), fill=figure)
    draw.rounded_rectangle((2.5 * unit, 6.8 * unit, 9.5 * unit, 13 * unit), 2 * unit, fill=figure)
    font = ImageFont.load_default(size=round(1.6 * unit))
    draw.text((6 * unit, 9.6 * unit), _initials(name), fill=background, font=font, anchor="mm")
    buffer = io.BytesIO()
    portrait.save(buffer, format="PNG")
    return ContentFile(buffer.getvalue(), name="portrait.png")


def _portrait_image(example):
    title = f"Esimerkkikuva: {example['name']} (piirros, ei oikea henkilö)"
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(
            title=title,
            alt_text=f"Piirretty esimerkkikuva, nimikirjaimet {_initials(example['name'])}",
            credit="Esimerkkikuva, piirretty ohjelmallisesti",
        )
        image.file = clean_image(draw_portrait(example["name"], example["colours"]))
        image.save()
    return image


def _supervisor(example):
    supervisor = Supervisor.objects.filter(slug=example["slug"]).first()
    if supervisor is not None:
        return supervisor, False
    fields = [
        "name", "role", "introduction", "body", "methods", "languages", "places",
        "works_remotely", "supervising_since", "story_member",
    ]  # fmt: skip
    supervisor = Supervisor.objects.create(
        slug=example["slug"],
        photo=_portrait_image(example),
        is_example=True,
        order=Supervisor.objects.count(),
        **{field: example[field] for field in fields},
    )
    supervisor.forms.set(SupervisionForm.objects.filter(slug__in=example["forms"]))
    supervisor.sectors.set(Sector.for_names(example["sectors"]))
    for order, (kind, title, issuer, credits, year) in enumerate(example["credentials"]):
        Credential.objects.create(
            supervisor=supervisor,
            kind=kind,
            title=title,
            issuer=issuer,
            credits=credits,
            year=year,
            order=order,
        )
    return supervisor, True


def load():
    """
    Add the example supervisors that are missing; return how many were added.

    Their portraits' renditions are queued like any upload: the worker that `make run`
    starts makes them within seconds (`manage.py make_renditions` does it at once).
    """
    added = 0
    for example in EXAMPLES:
        with transaction.atomic():
            _added_supervisor, created = _supervisor(example)
        added += created
    return added
