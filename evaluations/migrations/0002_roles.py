"""
The evaluations' rights: those handling processes keep every round (and decide whether the
impact page shows its computed figure); a supervisor makes and closes the rounds of their own
processes (the admin shows them no other: ``Process.objects.visible_to``). Content editors and
enquiry handlers get nothing of them. Nobody gets rights to answer codes or answers: they have
no admin, and what the results show is decided in ``evaluations.figures``.
"""

from django.db import migrations

from core.roles import PROCESS_HANDLERS, SUPERVISORS, grant

ROUNDS = ["view_evaluationround", "add_evaluationround", "change_evaluationround"]


def grant_permissions(apps, schema_editor=None):
    grant(
        apps,
        PROCESS_HANDLERS,
        "evaluations",
        codenames=[
            *ROUNDS,
            "delete_evaluationround",
            "view_impactfigure",
            "add_impactfigure",
            "change_impactfigure",
        ],
    )
    grant(apps, SUPERVISORS, "evaluations", codenames=ROUNDS)


class Migration(migrations.Migration):
    dependencies = [
        ("evaluations", "0001_initial"),
        ("processes", "0002_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
