"""Add the prices, questions, how-it-starts and confidentiality pages (services/seed.py)."""

from django.db import migrations

from services import seed

NEW_PAGES = {"hinnat", "usein-kysyttya", "nain-aloitamme", "luottamuksellisuus"}


def add_pages(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    for page in seed.PAGES:
        if page["slug"] in NEW_PAGES:
            Page.objects.get_or_create(slug=page["slug"], defaults=page)


class Migration(migrations.Migration):
    dependencies = [("services", "0006_site_details_company")]

    operations = [migrations.RunPython(add_pages, migrations.RunPython.noop)]
