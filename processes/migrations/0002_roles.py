"""
The two roles of supervision processes: those handling processes see and edit every one; a
supervisor sees and edits only the processes they lead (``Process.objects.visible_to``, through
their profile's staff account). Content editors and enquiry handlers get nothing of them.
"""

from django.db import migrations

from core.roles import PROCESS_HANDLERS, SUPERVISORS, grant

READ_ONLY = ["view_agreement", "view_agreementversion"]
EDIT_GOALS = ["view_goal", "add_goal", "change_goal", "delete_goal"]


def grant_permissions(apps, schema_editor=None):
    grant(
        apps,
        PROCESS_HANDLERS,
        "processes",
        codenames=[
            "view_all_processes",
            "view_process",
            "add_process",
            "change_process",
            "delete_process",
            *EDIT_GOALS,
            "view_agreementterms",
            "add_agreementterms",
            "change_agreementterms",
            "delete_agreementterms",
            *READ_ONLY,
        ],
    )
    grant(
        apps,
        SUPERVISORS,
        "processes",
        codenames=[
            "view_process",
            "add_process",
            "change_process",
            *EDIT_GOALS,
            "view_agreementterms",
            *READ_ONLY,
        ],
    )


class Migration(migrations.Migration):
    dependencies = [
        ("processes", "0001_initial"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
