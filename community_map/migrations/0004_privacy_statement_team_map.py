"""
The privacy statement describes the team map: a section of its own, and its one cookie.

As in services 0008, only text that still reads exactly as seeded is changed, so staff edits
are kept; the change is recorded in the page's history.
"""

from django.core import serializers
from django.db import migrations
from django.utils import timezone, translation
from django.utils.translation import gettext

SLUG = "tietosuoja"
HEADING = "## Tiimin työyhteisökartta"
BEFORE = "## Rekisteröidyn oikeudet\n"

SECTION = """## Tiimin työyhteisökartta

Tiimin työyhteisökartassa tiimin vetäjä luo kyselyn ilman käyttäjätiliä, ja tiimin jäsenet vastaavat siihen nimettömästi. Tallennamme:

- kyselystä: tiimin nimen, jos vetäjä antaa sen, pienimmän näytettävän vastausmäärän, viimeisen vastauspäivän, luontipäivän ja vastausten määrän. Tulosten osoitteesta tallennamme vain tiivisteen, josta osoitetta ei voi palauttaa.
- jokaisesta vastauksesta: vain väittämiin annetut vastaukset. Emme tallenna vastaajan nimeä, IP-osoitetta, selaimen tunnistetta, evästettä emmekä vastausaikaa.

Tuloksissa näytetään vain koko tiimin lukuja (mediaanit ja vaihteluvälit) ja vasta, kun vähintään vetäjän valitsema määrä jäseniä, kuitenkin vähintään kolme, on vastannut. Yksittäisiä vastauksia ei näytetä eikä voi ladata kenellekään, ei myöskään henkilökunnallemme.

Jos vetäjä pyytää kyselyn osoitteet sähköpostiinsa, osoitetta käytetään vain viestin lähettämiseen, eikä sitä säilytetä lähettämisen jälkeen. Kyselyn osoitteissa olevat salaiset tunnisteet peitetään palvelimen lokeissa.

Vetäjä voi sulkea ja poistaa kyselyn milloin tahansa. Muuten kysely ja kaikki sen vastaukset poistetaan automaattisesti 90 päivän kuluttua kyselyn viimeisestä vastauspäivästä. Jos vetäjä liittää tiimin kartan yhteydenottoon, viestiin tallentuu yhteenveto koko tiimin luvuista, ja sitä säilytetään kuten yhteydenottoja.

"""

COOKIE_OLD = """Työyhteisökartta ei aseta evästeitä eikä tallenna vastauksiasi: vastaukset kulkevat vain kartan osoitteessa. Ne tallentuvat vain, jos lähetät kartan yhteydenoton liitteenä.
"""
COOKIE_NEW = (
    COOKIE_OLD
    + """
Kun vastaat tiimin työyhteisökarttaan, selaimeesi tallennetaan eväste, joka kertoo vain, että tästä selaimesta on jo vastattu kyselyyn, jotta samaan kyselyyn ei vastattaisi vahingossa kahdesti. Eväste ei sisällä tietoja sinusta eikä vastauksiasi, eikä sitä yhdistetä vastauksiin. Se vanhenee kyselyn päätyttyä.
"""
)


def updated_body(body):
    """Return ``body`` with the team map described, or None if nothing changed."""
    text = body.replace("\r\n", "\n")
    changed = text
    if HEADING not in changed and changed.count(BEFORE) == 1:
        changed = changed.replace(BEFORE, SECTION + BEFORE)
    if changed.count(COOKIE_OLD) == 1 and COOKIE_NEW not in changed:
        changed = changed.replace(COOKIE_OLD, COOKIE_NEW)
    return changed if changed != text else None


def _record_revision(apps, page):
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    with translation.override("fi"):
        comment = gettext("Seeded text updated: the team work community map")
    revision = Revision.objects.create(date_created=timezone.now(), comment=comment)
    Version.objects.create(
        revision=revision,
        object_id=str(page.pk),
        content_type=ContentType.objects.get_or_create(app_label="services", model="page")[0],
        db="default",
        format="json",
        serialized_data=serializers.serialize("json", [page]),
        object_repr=page.title,
    )


def describe_team_map(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    page = Page.objects.filter(slug=SLUG).first()
    body = updated_body(page.body) if page else None
    if body is None:
        return
    page.body = body
    page.save(update_fields=["body", "updated_at"])
    _record_revision(apps, page)


class Migration(migrations.Migration):
    dependencies = [
        ("community_map", "0003_team_surveys"),
        ("services", "0008_privacy_statement_controller_and_fields"),
    ]

    operations = [migrations.RunPython(describe_team_map, migrations.RunPython.noop)]
