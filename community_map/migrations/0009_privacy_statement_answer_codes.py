"""
The privacy statement describes the team map as it now works: single-use answer codes instead
of a shared link and a cookie, and the stricter rules for what the results show.

As in 0004, only text that still reads exactly as seeded is changed, so staff edits are kept;
the change is recorded in the page's history.
"""

from django.core import serializers
from django.db import migrations
from django.utils import timezone, translation
from django.utils.translation import gettext

SLUG = "tietosuoja"

SECTION_OLD = """## Tiimin työyhteisökartta

Tiimin työyhteisökartassa tiimin vetäjä luo kyselyn ilman käyttäjätiliä, ja tiimin jäsenet vastaavat siihen nimettömästi. Tallennamme:

- kyselystä: tiimin nimen, jos vetäjä antaa sen, pienimmän näytettävän vastausmäärän, viimeisen vastauspäivän, luontipäivän ja vastausten määrän. Tulosten osoitteesta tallennamme vain tiivisteen, josta osoitetta ei voi palauttaa.
- jokaisesta vastauksesta: vain väittämiin annetut vastaukset. Emme tallenna vastaajan nimeä, IP-osoitetta, selaimen tunnistetta, evästettä emmekä vastausaikaa.

Tuloksissa näytetään vain koko tiimin lukuja (mediaanit ja vaihteluvälit) ja vasta, kun vähintään vetäjän valitsema määrä jäseniä, kuitenkin vähintään kolme, on vastannut. Yksittäisiä vastauksia ei näytetä eikä voi ladata kenellekään, ei myöskään henkilökunnallemme.

Jos vetäjä pyytää kyselyn osoitteet sähköpostiinsa, osoitetta käytetään vain viestin lähettämiseen, eikä sitä säilytetä lähettämisen jälkeen. Kyselyn osoitteissa olevat salaiset tunnisteet peitetään palvelimen lokeissa.
"""

SECTION_NEW = """## Tiimin työyhteisökartta

Tiimin työyhteisökartassa tiimin vetäjä luo kyselyn ilman käyttäjätiliä ja saa jokaiselle tiimin jäsenelle kertakäyttöisen vastauskoodin. Jäsenet vastaavat koodillaan nimettömästi. Tallennamme:

- kyselystä: tiimin nimen, jos vetäjä antaa sen, jäsenten määrän, pienimmän näytettävän vastausmäärän, viimeisen vastauspäivän, luontipäivän ja vastausten määrän. Tulosten osoitteesta ja vastauskoodeista tallennamme vain tiivisteet, joista niitä ei voi palauttaa. Käytetyt koodit kirjataan erilleen vastauksista, joten vastausta ei voi yhdistää koodiin.
- jokaisesta vastauksesta: vain väittämiin annetut vastaukset. Emme tallenna vastaajan nimeä, IP-osoitetta, selaimen tunnistetta, evästettä, vastauskoodia emmekä vastausaikaa.

Tuloksissa näytetään vain koko tiimin lukuja: osa-alueiden mediaanit ja vaihteluvälit sekä väittämistä, montako oli eri mieltä, neutraaleja tai samaa mieltä. Mitään lukua ei näytetä alle viiden vastaajan arvioista (tai vetäjän valitseman suuremman määrän), ja luku muuttuu vain, kun siihen on tullut vähintään yhtä monta uutta arviota. Tuloksissa näkyy aina, montako koodia on käytetty. Yksittäisiä vastauksia ei näytetä eikä voi ladata kenellekään, ei myöskään henkilökunnallemme.

Jos vetäjä pyytää tulosten osoitteen sähköpostiinsa, osoitetta käytetään vain viestin lähettämiseen, eikä sitä säilytetä lähettämisen jälkeen. Kyselyn osoitteissa olevat salaiset tunnisteet ja vastauskoodit peitetään palvelimen lokeissa.
"""

COOKIE_PARAGRAPH = """
Kun vastaat tiimin työyhteisökarttaan, selaimeesi tallennetaan eväste, joka kertoo vain, että tästä selaimesta on jo vastattu kyselyyn, jotta samaan kyselyyn ei vastattaisi vahingossa kahdesti. Eväste ei sisällä tietoja sinusta eikä vastauksiasi, eikä sitä yhdistetä vastauksiin. Se vanhenee kyselyn päätyttyä.
"""


def updated_body(body):
    """Return ``body`` describing answer codes, or None if nothing changed."""
    text = body.replace("\r\n", "\n")
    changed = text
    if changed.count(SECTION_OLD) == 1:
        changed = changed.replace(SECTION_OLD, SECTION_NEW)
    if changed.count(COOKIE_PARAGRAPH) == 1:
        changed = changed.replace(COOKIE_PARAGRAPH, "")
    return changed if changed != text else None


def _record_revision(apps, page):
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    with translation.override("fi"):
        comment = gettext("Seeded text updated: the team map's answer codes")
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


def describe_answer_codes(apps, schema_editor=None):
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
        ("community_map", "0008_forget_results_tokens_in_clear"),
        ("services", "0010_revise_seeded_texts"),
    ]

    operations = [migrations.RunPython(describe_answer_codes, migrations.RunPython.noop)]
