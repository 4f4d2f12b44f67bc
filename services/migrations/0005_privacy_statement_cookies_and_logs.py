"""
The privacy statement, corrected: which cookies the forms set (the map sets none), and server logs.

Updates the seeded statement only while its body is still the text migration 0002 loaded;
a statement staff have edited is theirs and stays as it is. The change is recorded in the
page's history (django-reversion), as the seeded text was.
"""

from django.core import serializers
from django.db import migrations
from django.utils import timezone, translation
from django.utils.translation import gettext

from services import seed

SLUG = "tietosuoja"

OLD_BODY = """\
## Rekisterinpitäjä

Rekisterinpitäjä on tämän sivuston ylläpitäjä. Rekisterinpitäjän nimi ja yhteystiedot näkyvät jokaisen sivun alalaidassa.

## Mitä tietoja käsittelemme

Käsittelemme tietoja, jotka annat meille yhteydenottolomakkeella:

- nimi
- sähköpostiosoite
- puhelinnumero
- organisaatio
- viesti
- valitsemasi työnohjauksen muoto.

Lisäksi yhteydenottoon tallentuu sen lähetysaika. Saamme tiedot sinulta itseltäsi. Emme tallenna IP-osoitettasi yhteydenoton yhteyteen.

Pyydämme, ettet kirjoita viestiin terveyttäsi tai muita arkaluonteisia asioita koskevia tietoja.

## Käsittelyn tarkoitus ja peruste

Käsittelemme tietoja vastataksemme yhteydenottoosi ja hoitaaksemme siihen liittyvän asioinnin, esimerkiksi sopiaksemme työnohjauksesta. Tietoja ei käytetä markkinointiin.

Käsittelyn oikeusperuste on oikeutettu etumme vastata meille lähetettyihin yhteydenottoihin (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta). Kun yhteydenotto koskee työnohjauksesta sopimista, käsittely perustuu myös sopimusta edeltäviin toimenpiteisiin pyynnöstäsi (6 artiklan 1 kohdan b alakohta).

## Säilytysaika

Yhteydenotot poistetaan sivuston tietokannasta automaattisesti kahden vuoden (730 päivän) kuluttua niiden vastaanottamisesta. Voimme poistaa yhteydenoton myös aiemmin, kun sitä ei enää tarvita. Yhteydenotoista henkilökunnalle lähetetyt sähköposti-ilmoitukset poistetaan, kun niitä ei enää tarvita.

## Tietojen luovutukset

Emme luovuta tietojasi kolmansille osapuolille. Yhteydenotosta lähetetään ilmoitus sähköpostitse henkilökunnallemme.

Sähköpostipalvelun ja sivuston palvelinpalvelun tarjoajat käsittelevät tietoja puolestamme henkilötietojen käsittelijöinä. Ne eivät saa käyttää tietoja omiin tarkoituksiinsa.

## Evästeet

Sivusto käyttää vain teknisesti välttämättömiä evästeitä:

- yhteydenottolomakkeen tietoturvaeväste (CSRF-suojaus), joka suojaa lomaketta väärinkäytöltä
- ylläpidon kirjautumiseen tarvittava istuntoeväste, jota käytetään vain henkilökuntamme kirjautuessa sivuston ylläpitoon.

Sivustolla ei ole analytiikkaa, seurantaa eikä mainontaa, eikä se lataa fontteja tai skriptejä kolmansien osapuolten palvelimilta. Koska käytetyt evästeet ovat välttämättömiä sivuston toiminnalle, niihin ei tarvita erillistä suostumusta.

## Rekisteröidyn oikeudet

Sinulla on oikeus

- saada pääsy tietoihisi eli tietää, mitä tietoja sinusta käsittelemme
- pyytää virheellisten tietojen oikaisemista
- pyytää tietojesi poistamista
- pyytää tietojesi käsittelyn rajoittamista
- vastustaa tietojesi käsittelyä, kun käsittely perustuu oikeutettuun etuumme.

Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuojasääntelyä, sinulla on oikeus tehdä valitus valvontaviranomaiselle, joka Suomessa on Tietosuojavaltuutetun toimisto.

## Yhteydenotot

Voit käyttää oikeuksiasi tai kysyä tietosuojasta ottamalla meihin yhteyttä sivun alalaidan yhteystiedoilla tai [yhteydenottolomakkeella](/ota-yhteytta/).
"""


def _seeded_body():
    return next(page["body"] for page in seed.PAGES if page["slug"] == SLUG)


def _record_revision(apps, page):
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    with translation.override("fi"):
        comment = gettext("Seeded text updated: cookies and server logs")
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


def update_privacy_statement(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    page = Page.objects.filter(slug=SLUG).first()
    # A browser sends the admin's text area with CRLF line ends: a save without edits is no edit.
    if page is None or page.body.replace("\r\n", "\n") != OLD_BODY:
        return
    page.body = _seeded_body()
    page.save(update_fields=["body"])
    _record_revision(apps, page)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0004_contact_pages"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(update_privacy_statement, migrations.RunPython.noop)]
