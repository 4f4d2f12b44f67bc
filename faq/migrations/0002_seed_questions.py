"""Load the first questions (faq/seed.py) and give the content editors' role the right to edit."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant
from faq import seed


def load_questions(apps, schema_editor=None):
    Category = apps.get_model("faq", "Category")
    Question = apps.get_model("faq", "Question")
    SupervisionForm = apps.get_model("services", "SupervisionForm")
    categories = {
        name: Category.objects.get_or_create(name=name, defaults={"order": order})[0]
        for order, name in enumerate(seed.CATEGORIES, start=1)
    }
    for order, data in enumerate(seed.QUESTIONS, start=1):
        question, created = Question.objects.get_or_create(
            question=data["question"],
            defaults={
                "category": categories[data["category"]],
                "answer": data["answer"],
                "order": order,
            },
        )
        if created:
            question.forms.set(SupervisionForm.objects.filter(slug__in=data["forms"]))


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "faq")


class Migration(migrations.Migration):
    dependencies = [
        ("faq", "0001_questions"),
        ("services", "0003_staff_roles"),
    ]

    operations = [
        migrations.RunPython(load_questions, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
