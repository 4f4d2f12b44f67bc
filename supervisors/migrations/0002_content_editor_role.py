"""Content editors manage the supervisors' profiles and their credentials."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "supervisors", models=["supervisor", "credential"])


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0001_initial"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
