"""Create the staff roles: content editors, and enquiry handlers (the contact app grants theirs)."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, ENQUIRY_HANDLERS, grant

CONTENT_MODELS = ["supervisionform", "keyquestion", "page", "sitedetails"]


def create_roles(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "services", models=CONTENT_MODELS)
    apps.get_model("auth", "Group").objects.get_or_create(name=ENQUIRY_HANDLERS)


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
