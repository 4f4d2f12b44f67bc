"""
Give the staff roles (created by services) the events' rights: content editors keep the
events and their dates; enquiry handlers handle the registrations.
"""

from django.db import migrations

from core.roles import CONTENT_EDITORS, ENQUIRY_HANDLERS, grant


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "events", models=["event", "session"])
    grant(
        apps,
        ENQUIRY_HANDLERS,
        "events",
        codenames=["view_registration", "change_registration"],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
