"""Give the content editors' role (created by services) the right to edit prices and terms."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "pricing")


class Migration(migrations.Migration):
    dependencies = [
        ("pricing", "0001_prices_and_terms"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
