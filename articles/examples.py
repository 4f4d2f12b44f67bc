"""
An example article for development. Never loaded by a migration: ``load_example_content`` adds
it, flagged ``is_example``; ``check --deploy`` warns while it is published. It says it is an
example, and its two paragraphs of substance are the consultancy's own description of group
and community supervision (the seed text), not new claims.
"""

from django.utils import timezone

from services.models import SupervisionForm

from .models import Article

SLUG = "esimerkkiartikkeli"
TITLE = "Esimerkkiartikkeli: mitä työnohjauksessa tarkastellaan"
LEAD = (
    "Esimerkki: tämä artikkeli näyttää, miltä artikkeli näkyy sivustolla. Sen teksti on "
    "koottu sivuston omasta kuvauksesta työnohjauksesta."
)
BODY = """\
Tämä on esimerkkiartikkeli, jonka kehitysympäristön esimerkkisisältö lisää. Se näyttää, miltä \
artikkeli, sen kirjoittaja ja siihen liittyvät työnohjauksen muodot näkyvät sivustolla. \
Poistakaa tai piilottakaa se ennen sivuston julkaisemista.

## Vaativat työtilanteet

Ryhmä- ja yhteisötyönohjauksessa tarkastelemme ohjattavien kanssa heidän vaativia ja \
kuormittavia työtilanteitaan. Tavoitteena on purkaa työstä aiheutuvaa kuormittuneisuutta, \
auttaa työtilanteiden ja oman toiminnan tarkastelussa ja löytää uusia tapoja ja näkökulmia \
edetä työtilanteissa.

## Oppiminen ja muutos

Työnohjaus tarjoaa syvällistä oppimista sekä mahdollisuuden tutkia ja muuttaa omia asenteita \
ja toiminta- ja vuorovaikutustapoja.
"""
FORMS = ["ryhmatyonohjaus", "yhteisotyonohjaus"]


def _example_supervisor():
    supervisors = Article._meta.get_field("author").related_model.objects
    return supervisors.filter(is_example=True).order_by("order", "pk").first()


def load():
    """Add the example article, or bring it back to its example values. Idempotent."""
    values = {
        "is_example": True,
        "title": TITLE,
        "title_fi": TITLE,
        "lead": LEAD,
        "lead_fi": LEAD,
        "body": BODY,
        "body_fi": BODY,
        "author": _example_supervisor(),
        "published": True,
    }
    article, _created = Article.objects.update_or_create(
        slug=SLUG,
        defaults=values,
        # Published when first added; a later run keeps its time.
        create_defaults={**values, "published_at": timezone.now()},
    )
    article.forms.set(SupervisionForm.objects.filter(slug__in=FORMS))
    return article
