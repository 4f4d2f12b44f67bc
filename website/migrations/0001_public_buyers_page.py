"""
The page for public buyers (/julkiset-hankinnat/), in the main menu under Palvelut.

Its text states how supervision is bought in the public sector in general terms, as a content
page staff edit like the others; the supplier details below it are built from the data by
website.supplier_sheet and are not part of the text. The menu entry is added last under the
seeded Palvelut entry while that is still a top-level entry and no entry leads to the page yet,
so a menu staff have reshaped is left as it is.
"""

from django.db import migrations, models

SLUG = "julkiset-hankinnat"
PARENT_APP_PAGE = "services:form_list"
MENU_LABEL = "Julkiset hankinnat"

PAGE = {
    "slug": SLUG,
    "title": "Julkiset hankinnat",
    "lead": (
        "Kunnat, hyvinvointialueet ja muut julkiset organisaatiot hankkivat työnohjausta "
        "julkisia hankintoja koskevien säännösten mukaisesti. Tälle sivulle on koottu yleisesti, "
        "miten työnohjausta julkisella sektorilla hankitaan, ja sen lopussa ovat "
        "toimittajatietomme."
    ),
    "meta_description": (
        "Miten työnohjausta hankitaan julkisella sektorilla: puitejärjestelyt ja osa-alueet, "
        "kevennetty kilpailutus, pienhankinnat ja verkkolaskut. Lopussa toimittajatietomme."
    ),
    "layout": "article",
    "show_call_to_action": True,
    "body": """\
## Hankintalaki ja kynnysarvot

Julkisia hankintoja ohjaa laki julkisista hankinnoista ja käyttöoikeussopimuksista (1397/2016), niin sanottu hankintalaki. Sitä sovelletaan, kun hankinnan ennakoitu arvo ylittää kansallisen kynnysarvon. Ennakoitu arvo lasketaan ilman arvonlisäveroa koko sopimuskaudelta mahdolliset optiot mukaan luettuina, eikä hankintaa saa pilkkoa osiin lain soveltamisen välttämiseksi.

Kynnysarvot tarkistetaan säännöllisesti, ja ajantasaiset arvot kerrotaan julkisten hankintojen neuvontapalvelussa. Kansallisen kynnysarvon ylittävistä hankinnoista julkaistaan hankintailmoitus Hilma-palvelussa.

## Puitejärjestely ja osa-alueet

Työnohjausta hankitaan usein puitejärjestelynä. Siinä hankintayksikkö valitsee kilpailutuksella yhden tai useamman palveluntuottajan ja sopii, miten työnohjausta tilataan sopimuskauden aikana. Puitejärjestely ei tavallisesti velvoita tilaamaan tiettyä määrää, vaan työnohjausta tilataan tarpeen mukaan.

Hankinta jaetaan usein osa-alueisiin työnohjauksen muodon mukaan, esimerkiksi näin:

- yksilötyönohjaus
- ryhmätyönohjaus
- esihenkilöiden ja johdon työnohjaus
- työyhteisön työnohjaus
- kriisi- ja tilannetyönohjaus

Palveluntuottaja voi yleensä tarjota yhteen tai useampaan osa-alueeseen, ja kuhunkin osa-alueeseen voidaan valita eri palveluntuottajat.

## Tilaaminen puitejärjestelystä

Kun puitejärjestelyssä on useita palveluntuottajia, tilaukset tehdään puitejärjestelyn ehtojen mukaan: esimerkiksi etusijajärjestyksessä, ennalta ilmoitettujen perusteiden mukaan tai kevennetyllä kilpailutuksella. Kevennetyssä kilpailutuksessa hankintayksikkö pyytää puitejärjestelyn palveluntuottajilta tarjoukset yksittäisestä tarpeesta, esimerkiksi yhden työyhteisön työnohjauksesta, ja valitsee niistä puitejärjestelyssä ilmoitettujen perusteiden mukaan.

## Pienhankinnat ja suorahankinta

Kansallisen kynnysarvon alittaviin hankintoihin hankintalakia ei sovelleta. Niissä noudatetaan hankintayksikön omia hankintaohjeita, jotka voivat sallia esimerkiksi tarjousten pyytämisen muutamalta palveluntuottajalta tai tilaamisen suoraan. Hankintalain mukainen suorahankinta ilman kilpailutusta on sen sijaan mahdollinen vain laissa erikseen säädetyissä tilanteissa.

## Mitä palveluntuottajalta tavallisesti pyydetään

Tarjouspyynnössä ja sopimusta tehtäessä palveluntuottajalta pyydetään tavallisesti

- yrityksen virallinen nimi, Y-tunnus ja yhteystiedot
- selvitykset verojen ja lakisääteisten maksujen hoitamisesta ja rekisteröitymisestä, esimerkiksi ennakkoperintärekisteriin, sekä tilaajavastuulain (1233/2006) mukaiset selvitykset silloin, kun laki koskee hankintaa
- työnohjaajien koulutus ja kokemus: usein edellytetään työnohjaajakoulutusta, tyypillisesti laajuudeltaan noin 60 opintopistettä, tai Suomen työnohjaajat ry:n (STOry) jäsenyyttä, ja työnohjauskokemusta sekä kokemusta asiakkaan toimialalta voidaan pisteyttää
- hinnat ilman arvonlisäveroa ja sopimusehdot.

## Verkkolaskut

Laki sähköisestä laskutuksesta (241/2019) antaa hankintayksikölle oikeuden saada laskunsa verkkolaskuina, eurooppalaisen standardin mukaisina, kun se sitä pyytää. Palveluntuottajalta edellytetään siksi valmiutta verkkolaskutukseen, ja hankintayksikkö voi kysyä myös palveluntuottajan omaa verkkolaskuosoitetta ja välittäjää.
""",
}


def add_page_and_menu_entry(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    MenuItem = apps.get_model("navigation", "MenuItem")
    page, _created = Page.objects.get_or_create(slug=SLUG, defaults=PAGE)
    if MenuItem.objects.filter(page=page).exists():
        return
    parent = (
        MenuItem.objects.filter(parent__isnull=True, app_page=PARENT_APP_PAGE)
        .order_by("order", "pk")
        .first()
    )
    if parent is None:
        return
    last = max([parent.order, *parent.children.values_list("order", flat=True)])
    # Make room right after the parent's last child; orders stay distinct for the admin.
    MenuItem.objects.filter(order__gt=last).update(order=models.F("order") + 1)
    MenuItem.objects.create(label=MENU_LABEL, page=page, parent=parent, order=last + 1)


def remove_page_and_menu_entry(apps, schema_editor=None):
    # The menu entry goes with the page (on_delete=CASCADE).
    apps.get_model("services", "Page").objects.filter(slug=SLUG).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0011_one_voice"),
        ("navigation", "0003_booking_and_team_map_entries"),
    ]

    operations = [
        migrations.RunPython(add_page_and_menu_entry, remove_page_and_menu_entry),
    ]
