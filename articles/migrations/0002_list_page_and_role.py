"""The text of /artikkelit/, kept as a page that staff edit like the others; editors' rights."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant

LIST_PAGE = {
    "slug": "artikkelit",
    "slug_sv": "artiklar",
    "slug_en": "articles",
    "title": {"fi": "Artikkelit", "sv": "Artiklar", "en": "Articles"},
    "lead": {
        "fi": "Kirjoituksia työnohjauksesta, työyhteisöjen kehittämisestä ja johtajuudesta.",
        "sv": "Texter om arbetshandledning, utveckling av arbetsgemenskaper och ledarskap.",
        "en": "Writing on work supervision, developing work communities and leadership.",
    },
    "meta_description": {
        "fi": (
            "Artikkeleita työnohjauksesta, työyhteisöjen kehittämisestä ja johtajuudesta, "
            "uusimmat ensin."
        ),
        "sv": (
            "Artiklar om arbetshandledning, utveckling av arbetsgemenskaper och ledarskap, "
            "de nyaste först."
        ),
        "en": (
            "Articles on work supervision, developing work communities and leadership, "
            "the newest first."
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


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "articles", models=["article"])


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_article"),
        ("services", "0015_addresses_in_swedish_and_english"),
    ]

    operations = [
        migrations.RunPython(load_page, remove_page),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
