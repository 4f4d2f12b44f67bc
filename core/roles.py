"""Staff roles (auth groups) and their permissions, for the data migrations that set them up."""

from django.contrib.auth.management import create_permissions

CONTENT_EDITORS = "Sisällöntuottaja"
ENQUIRY_HANDLERS = "Yhteydenottojen käsittelijä"
# Sees and edits every supervision process (processes.Process.objects.visible_to).
PROCESS_HANDLERS = "Työnohjausprosessien käsittelijä"
# Sees and edits only the processes they supervise (linked by supervisors.Supervisor.account).
SUPERVISORS = "Työnohjaaja"
# Every role the migrations create (the README's role table describes each).
STAFF_ROLES = (CONTENT_EDITORS, ENQUIRY_HANDLERS, PROCESS_HANDLERS, SUPERVISORS)


def grant(apps, role, app_label, codenames=None, models=None):
    """
    Give ``role`` the permissions of ``app_label`` (all, or only ``codenames``/``models``).

    Permissions are normally created only after every migration has run; they are created
    here first, so that a fresh database gets its roles complete.
    """
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=role)
    permissions = Permission.objects.filter(content_type__app_label=app_label)
    if codenames is not None:
        permissions = permissions.filter(codename__in=codenames)
    if models is not None:
        permissions = permissions.filter(content_type__model__in=models)
    group.permissions.add(*permissions)
    return group
