"""Give the enquiry handlers' role (created by services) the right to handle enquiries."""

from django.db import migrations

from core.roles import ENQUIRY_HANDLERS, grant


def grant_permissions(apps, schema_editor=None):
    grant(
        apps,
        ENQUIRY_HANDLERS,
        "contact",
        codenames=["view_enquiry", "change_enquiry", "delete_enquiry"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_enquiry"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
