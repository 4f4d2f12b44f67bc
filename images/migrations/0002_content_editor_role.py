"""Content editors manage the image library."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "images", models=["image"])


class Migration(migrations.Migration):
    dependencies = [
        ("images", "0001_initial"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
