"""Add the contact and thank-you pages (services/seed.py) to sites migrated before they existed."""

from django.db import migrations

from services import seed

NEW_PAGES = {"ota-yhteytta", "kiitos"}


def add_pages(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    for page in seed.PAGES:
        if page["slug"] in NEW_PAGES:
            Page.objects.get_or_create(slug=page["slug"], defaults=page)


class Migration(migrations.Migration):
    dependencies = [("services", "0003_staff_roles")]

    operations = [migrations.RunPython(add_pages, migrations.RunPython.noop)]
