"""Load the consultancy's own text (services/seed.py): `migrate` alone gives the whole site."""

from django.db import migrations

from services import seed


def load_content(apps, schema_editor=None):
    SiteDetails = apps.get_model("services", "SiteDetails")
    SupervisionForm = apps.get_model("services", "SupervisionForm")
    KeyQuestion = apps.get_model("services", "KeyQuestion")
    Page = apps.get_model("services", "Page")

    SiteDetails.objects.update_or_create(pk=1, defaults=seed.SITE_DETAILS)
    for order, form in enumerate(seed.SUPERVISION_FORMS, start=1):
        SupervisionForm.objects.update_or_create(
            slug=form["slug"], defaults={**form, "order": order}
        )
    for order, question in enumerate(seed.KEY_QUESTIONS, start=1):
        KeyQuestion.objects.update_or_create(order=order, defaults=question)
    for page in seed.PAGES:
        Page.objects.update_or_create(slug=page["slug"], defaults=page)


def remove_content(apps, schema_editor):
    for model in ("SiteDetails", "SupervisionForm", "KeyQuestion", "Page"):
        apps.get_model("services", model).objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [("services", "0001_initial")]

    operations = [migrations.RunPython(load_content, remove_content)]
