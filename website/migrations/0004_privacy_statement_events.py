"""
The privacy statement tells what registering for an event stores, and for how long: a section
after the booking section, in Finnish and in the seeded Swedish and English translations
(0003), here where those translations are.

Inserted in each language only while that language's booking section still ends exactly as
seeded, and only once: a statement staff have rewritten there is theirs and stays as it is.
The change is recorded in the page's history (django-reversion), as the seeded text was.
"""

from django.core import serializers
from django.db import migrations
from django.utils import timezone, translation
from django.utils.translation import gettext

SLUG = "tietosuoja"

ANCHORS = {
    "fi": """Varaukset poistetaan sivuston tietokannasta automaattisesti vuoden (365 päivän) kuluttua keskustelun ajankohdasta.

""",
    "sv": """Bokningarna raderas automatiskt ur webbplatsens databas ett år (365 dagar) efter tidpunkten för samtalet.

""",
    "en": """Bookings are deleted from the website's database automatically one year (365 days) after the time of the conversation.

""",
}

SECTIONS = {}
SECTIONS["fi"] = """## Koulutukset ja tietoiskut

Kun ilmoittaudutte koulutukseen, tietoiskuun tai webinaariin, käsittelemme tietoja, jotka annatte ilmoittautumislomakkeella:

- jokaisen osallistujan nimi ja sähköpostiosoite
- organisaatio ja tehtävänimike, jos annatte ne
- ruokavalio, jos tapahtumassa tarjoillaan ruokaa ja kerrotte sen
- laskutustiedot maksullisessa tapahtumassa: kuka maksaa, verkkolaskuosoite ja välittäjän tunnus tai laskutuksen sähköpostiosoite sekä viitteenne.

Lisäksi ilmoittautumiseen tallentuu sen tekoaika, paikka jonossa, mahdollinen peruutus ja tieto lähetetyistä viesteistä. Tietoja käytetään tapahtuman järjestämiseen: vahvistukseen ja kalenterikutsuun, jonosta vapautuvan paikan antamiseen, muistutukseen edellisenä päivänä, peruutuksiin ja laskutukseen. Emme tallenna IP-osoitettanne ilmoittautumisen yhteyteen, ja roskapostisuojaus toimii kuten yhteydenottolomakkeessa.

Vahvistuksen linkki, jolla ilmoittautumisen voi perua, on henkilökohtainen. Sivusto tallentaa siitä vain tiivisteen, josta linkkiä ei voi päätellä.

Käsittelyn oikeusperuste on sopimusta edeltävät toimenpiteet pyynnöstänne ja sopimuksen täytäntöönpano (EU:n yleisen tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta). Ilmoittautumiset poistetaan sivuston tietokannasta automaattisesti vuoden (365 päivän) kuluttua tapahtuman päättymisestä.

"""

SECTIONS["sv"] = """## Utbildningar och infotillfällen

När ni anmäler er till en utbildning, ett infotillfälle eller ett webbinarium behandlar vi de uppgifter ni ger i anmälningsformuläret:

- varje deltagares namn och e-postadress
- organisation och befattning, om ni anger dem
- specialkost, om måltider serveras och ni anger den
- faktureringsuppgifter vid ett avgiftsbelagt evenemang: vem som betalar, e-fakturaadress och förmedlarkod eller en e-postadress för fakturor samt er referens.

Dessutom sparas tidpunkten för anmälan, platsen i kön, en eventuell avbokning och uppgift om skickade meddelanden. Uppgifterna används för att ordna evenemanget: för bekräftelsen och kalenderinbjudan, för att ge en plats som blir ledig till den som står i kö, för påminnelsen dagen innan, för avbokningar och för faktureringen. Vi sparar inte er IP-adress i samband med anmälan, och skyddet mot skräppost fungerar som i kontaktformuläret.

Länken i bekräftelsen, med vilken anmälan kan avbokas, är personlig. Webbplatsen sparar endast ett hashvärde av den, ur vilket länken inte kan härledas.

Behandlingen grundar sig på er begäran och är en åtgärd som föregår ett avtal samt fullgörandet av avtalet (artikel 6.1 b i EU:s allmänna dataskyddsförordning). Anmälningarna raderas automatiskt ur webbplatsens databas ett år (365 dagar) efter att evenemanget har avslutats.

"""

SECTIONS["en"] = """## Training days and info sessions

When you register for a training day, an info session or a webinar, we process the data you give in the registration form:

- each participant's name and email address
- organisation and job title, if you give them
- dietary needs, if a meal is served and you tell us
- invoicing details for an event with a fee: who pays, the e-invoice address and operator code or an email address for invoices, and your reference.

In addition, the time of the registration, the place in the queue, any cancellation and a record of the messages sent are stored. The data is used to arrange the event: for the confirmation and calendar invitation, for giving a place that becomes free to the one in the queue, for the reminder the day before, for cancellations and for invoicing. We do not store your IP address with the registration, and the spam protection works as in the contact form.

The link in the confirmation, with which the registration can be cancelled, is personal. The website stores only a hash of it, from which the link cannot be deduced.

The processing is based on your request and is a step taken prior to entering into a contract, and on performing the contract (Article 6(1)(b) of the EU General Data Protection Regulation). Registrations are deleted from the website's database automatically one year (365 days) after the event has ended.

"""


def updated_body(body, language):
    """``body`` in ``language`` with the events section added, or None to leave it as it is."""
    text = (body or "").replace("\r\n", "\n")
    anchor, section = ANCHORS[language], SECTIONS[language]
    heading = section.splitlines()[0]
    if heading in text or text.count(anchor) != 1:
        return None
    return text.replace(anchor, anchor + section)


def _record_revision(apps, page):
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    with translation.override("fi"):
        comment = gettext("Seeded text updated: training days and info sessions")
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


def describe_registrations(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    page = Page.objects.filter(slug=SLUG).first()
    if page is None:
        return
    changed = []
    for language in ANCHORS:
        body = updated_body(getattr(page, f"body_{language}"), language)
        if body is not None:
            setattr(page, f"body_{language}", body)
            changed.append(f"body_{language}")
    if "body_fi" not in changed:
        return
    page.body = page.body_fi  # the original column keeps the Finnish text's copy
    page.save(update_fields=["body", *changed, "updated_at"])
    _record_revision(apps, page)


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0003_swedish_and_english_texts"),
        ("events", "0002_roles"),
        ("booking", "0002_privacy_statement_booking"),
        ("reversion", "0002_add_index_on_version_for_content_type_and_db"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(describe_registrations, migrations.RunPython.noop)]
