"""
The privacy statement tells what booking a first conversation stores, and for how long.

Inserted only while the statement's neighbouring section still reads exactly as seeded, and
only once: a statement staff have rewritten there is theirs and stays as it is. The change is
recorded in the page's history (django-reversion), as the seeded text was.
"""

from django.core import serializers
from django.db import migrations
from django.utils import timezone, translation
from django.utils.translation import gettext

SLUG = "tietosuoja"

ANCHOR = """Pyydämme, ettet kirjoita viestiin terveyttäsi tai muita arkaluonteisia asioita koskevia tietoja.

"""

SECTION = """## Ajanvaraus

Kun varaat maksuttoman tutustumiskeskustelun, käsittelemme tietoja, jotka annat varauslomakkeella:

- nimi
- sähköpostiosoite
- puhelinnumero, jos annat sen
- organisaatio
- lyhyt viesti, jos kirjoitat sen
- valitsemasi aika, työnohjaaja ja työnohjauksen muoto, jos valitset sen.

Lisäksi varaukseen tallentuu sen tekoaika ja tieto lähetetyistä viesteistä. Tietoja käytetään keskustelun järjestämiseen: varausvahvistukseen ja kalenterikutsuun, muistutukseen edellisenä päivänä sekä varauksen perumiseen tai siirtämiseen. Vahvistus ja kalenterikutsu lähetetään myös työnohjaajalle. Emme tallenna IP-osoitettasi varauksen yhteyteen, ja roskapostisuojaus toimii kuten yhteydenottolomakkeessa.

Varausvahvistuksen linkki, jolla varauksen voi perua tai siirtää, on henkilökohtainen. Sivusto tallentaa siitä vain tiivisteen, josta linkkiä ei voi päätellä.

Käsittelyn oikeusperuste on sopimusta edeltävät toimenpiteet pyynnöstäsi (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta). Varaukset poistetaan sivuston tietokannasta automaattisesti vuoden (365 päivän) kuluttua keskustelun ajankohdasta.

"""


def updated_body(body):
    """Return ``body`` with the booking section added, or None when it is not to be changed."""
    text = body.replace("\r\n", "\n")
    if "## Ajanvaraus" in text or text.count(ANCHOR) != 1:
        return None
    return text.replace(ANCHOR, ANCHOR + SECTION)


def _record_revision(apps, page):
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    with translation.override("fi"):
        comment = gettext("Seeded text updated: booking a first conversation")
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
    body = updated_body(page.body) if page else None
    if body is None:
        return
    page.body = body
    page.save(update_fields=["body", "updated_at"])
    _record_revision(apps, page)


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0001_initial"),
        ("services", "0008_privacy_statement_controller_and_fields"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(update_privacy_statement, migrations.RunPython.noop)]
