"""
Give the staff roles (created by services) the booking rights: enquiry handlers handle the
bookings (they are first contacts too), content editors keep the opening hours.
"""

from django.db import migrations

from core.roles import CONTENT_EDITORS, ENQUIRY_HANDLERS, grant


def grant_permissions(apps, schema_editor=None):
    grant(apps, ENQUIRY_HANDLERS, "booking", codenames=["view_booking", "change_booking"])
    grant(
        apps,
        CONTENT_EDITORS,
        "booking",
        codenames=[
            f"{action}_{model}"
            for model in ("calendar", "weeklyhours", "extratime", "blockeddays")
            for action in ("add", "change", "delete", "view")
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0002_privacy_statement_booking"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
