"""Give the content editors' role the right to edit client organisations."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "testimonials", models=["clientorganisation"])


class Migration(migrations.Migration):
    dependencies = [
        ("testimonials", "0003_client_organisation"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
