"""The text of /koulutukset/, kept as a page that staff edit like the others."""

from django.db import migrations

LIST_PAGE = {
    "slug": "koulutukset",
    "slug_sv": "utbildningar",
    "slug_en": "events",
    "title": {
        "fi": "Koulutukset ja tietoiskut",
        "sv": "Utbildningar och infotillfällen",
        "en": "Training days and info sessions",
    },
    "lead": {
        "fi": (
            "Avoimet koulutuspäivät, lyhyet tietoiskut ja webinaarit. Jokaisella on oma "
            "sivunsa, jolla ovat päivät, hinta ja ilmoittautuminen."
        ),
        "sv": (
            "Öppna utbildningsdagar, korta infotillfällen och webbinarier. Vart och ett har "
            "en egen sida med datum, pris och anmälan."
        ),
        "en": (
            "Open training days, short info sessions and webinars. Each has its own page with "
            "the dates, the price and registration."
        ),
    },
    "meta_description": {
        "fi": (
            "Avoimet koulutuspäivät, tietoiskut ja webinaarit työnohjauksesta ja työyhteisön "
            "kehittämisestä: päivät, paikat, hinnat ja ilmoittautuminen."
        ),
        "sv": (
            "Öppna utbildningsdagar, infotillfällen och webbinarier om arbetshandledning och "
            "utveckling av arbetsgemenskaper: datum, platser, priser och anmälan."
        ),
        "en": (
            "Open training days, info sessions and webinars on work supervision and developing "
            "work communities: dates, places, prices and registration."
        ),
    },
}
TRANSLATED = ("title", "lead", "meta_description")


def load_page(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    values = {
        "slug_sv": LIST_PAGE["slug_sv"],
        "slug_en": LIST_PAGE["slug_en"],
        "body": "",
        "body_fi": "",
    }
    for field in TRANSLATED:
        values[field] = LIST_PAGE[field]["fi"]
        for language, text in LIST_PAGE[field].items():
            values[f"{field}_{language}"] = text
    Page.objects.get_or_create(slug=LIST_PAGE["slug"], defaults=values)


def remove_page(apps, schema_editor):
    apps.get_model("services", "Page").objects.filter(slug=LIST_PAGE["slug"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_roles"),
        ("services", "0015_addresses_in_swedish_and_english"),
    ]

    operations = [migrations.RunPython(load_page, remove_page)]
