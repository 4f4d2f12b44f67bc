"""Create the staff roles: content editors, and enquiry handlers (the contact app grants theirs)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

CONTENT_EDITORS = "Sisällöntuottaja"
ENQUIRY_HANDLERS = "Yhteydenottojen käsittelijä"
CONTENT_MODELS = ["supervisionform", "keyquestion", "page", "sitedetails"]


def create_roles(apps, schema_editor=None):
    # Permissions are normally created after all migrations have run; create this app's
    # now so that the role can be given them on a fresh database.
    services = apps.get_app_config("services")
    services.models_module = True
    create_permissions(services, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    editors, _ = Group.objects.get_or_create(name=CONTENT_EDITORS)
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="services", content_type__model__in=CONTENT_MODELS
        )
    )
    Group.objects.get_or_create(name=ENQUIRY_HANDLERS)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(
        name__in=[CONTENT_EDITORS, ENQUIRY_HANDLERS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("services", "0002_seed_content"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
