"""The home page's opening, its three steps and the map teaser, as the site starts with them."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant

HOME = {
    "headline": (
        "Selkeyttä ja voimaa työhön – työnohjausta työyhteisöille, tiimeille ja esihenkilöille"
    ),
    "lead": (
        "Pysähdymme kanssanne työn vaativiin tilanteisiin. Kun kuormitus puretaan ja "
        "perustehtävä kirkastuu, yhteistyö sujuu ja työssä jaksaa paremmin."
    ),
    "map_teaser": (
        "Työyhteisökartta kuvaa työyhteisönne tilannetta kuudella ulottuvuudella. Kartan voi "
        "täyttää nimettömästi, eikä vastauksia tallenneta."
    ),
}

STEPS = [
    (
        "Ensimmäinen keskustelu",
        "Kertokaa tilanteestanne viestillä tai puhelimitse. Sopivan työnohjauksen muodon "
        "voimme miettiä yhdessä.",
    ),
    (
        "Kartoituskerta",
        "Tapaamme ohjattavat, tutustumme työn tilanteeseen ja sovimme, mihin työnohjauksella "
        "halutaan vaikuttaa.",
    ),
    (
        "Sopimus ja istunnot",
        "Sovimme kirjallisesti tavoitteista, aikataulusta ja luottamuksellisuudesta. Sitten "
        "istunnot alkavat.",
    ),
]


def load_home(apps, schema_editor=None):
    HomePage = apps.get_model("landing", "HomePage")
    if HomePage.objects.exists():
        return
    home = HomePage.objects.create(pk=1, **HOME)
    for order, (title, text) in enumerate(STEPS, start=1):
        home.steps.create(title=title, text=text, order=order)


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "landing")


class Migration(migrations.Migration):
    dependencies = [
        ("landing", "0001_home_page"),
        ("services", "0003_staff_roles"),
    ]

    operations = [
        migrations.RunPython(load_home, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
