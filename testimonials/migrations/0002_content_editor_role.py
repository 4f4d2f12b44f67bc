"""Give the content editors' role (created by services) the right to edit references (quotes)."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "testimonials")


class Migration(migrations.Migration):
    dependencies = [
        ("testimonials", "0001_testimonial"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
