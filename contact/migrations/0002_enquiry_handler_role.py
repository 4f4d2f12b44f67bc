"""Give the enquiry handlers' role (created by services) the right to handle enquiries."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

ENQUIRY_HANDLERS = "Yhteydenottojen käsittelijä"


def grant_permissions(apps, schema_editor=None):
    contact = apps.get_app_config("contact")
    contact.models_module = True
    create_permissions(contact, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    handlers, _ = Group.objects.get_or_create(name=ENQUIRY_HANDLERS)
    handlers.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="contact",
            codename__in=["view_enquiry", "change_enquiry", "delete_enquiry"],
        )
    )


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_enquiry"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(grant_permissions, migrations.RunPython.noop)]
