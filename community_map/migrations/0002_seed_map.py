"""Load the map's first content (community_map/seed.py), link it from the dialogue page, and
give the content editors' role the right to edit it."""

from decimal import Decimal

from django.db import migrations

from community_map import seed
from core.roles import CONTENT_EDITORS, grant

DIALOGUE_PAGE = "yhteisollinen-dialogi"
DIALOGUE_LINK = (
    "\n\n## Kokeile työyhteisökarttaa\n\n"
    "Työyhteisökartalla voit tarkastella omaa työyhteisöäsi näiden kysymysten kautta ja nähdä, "
    "missä työnohjaus voisi auttaa. [Täytä työyhteisökartta](/tyoyhteisokartta/)."
)


def load_map(apps, schema_editor=None):
    Page = apps.get_model("services", "Page")
    KeyQuestion = apps.get_model("services", "KeyQuestion")
    SupervisionForm = apps.get_model("services", "SupervisionForm")
    Dimension = apps.get_model("community_map", "Dimension")
    Statement = apps.get_model("community_map", "Statement")
    Reflection = apps.get_model("community_map", "Reflection")
    RecommendationRule = apps.get_model("community_map", "RecommendationRule")

    Page.objects.get_or_create(
        slug=seed.INTRO_PAGE["slug"], defaults={**seed.INTRO_PAGE, "show_call_to_action": False}
    )
    for order, data in enumerate(seed.DIMENSIONS, start=1):
        dimension, created = Dimension.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name": data["name"],
                "description": data["description"],
                "key_question": KeyQuestion.objects.filter(
                    order=data["key_question_order"]
                ).first(),
                "order": order,
            },
        )
        if not created:
            continue
        for position, statement in enumerate(data["statements"], start=1):
            Statement.objects.create(dimension=dimension, order=position, **statement)
        for band, text in data["reflections"].items():
            Reflection.objects.create(dimension=dimension, band=band, text=text)
    if not RecommendationRule.objects.exists():
        for order, rule in enumerate(seed.RULES, start=1):
            form = SupervisionForm.objects.filter(slug=rule["form_slug"]).first()
            if form is None:
                continue
            RecommendationRule.objects.create(
                supervision_form=form,
                kind=rule["kind"],
                dimension=Dimension.objects.filter(slug=rule["dimension_slug"]).first()
                if rule["dimension_slug"]
                else None,
                threshold=Decimal(str(rule["threshold"])),
                reason=rule["reason"],
                order=order,
            )

    dialogue = Page.objects.filter(slug=DIALOGUE_PAGE).first()
    if dialogue and "/tyoyhteisokartta/" not in dialogue.body:
        dialogue.body = dialogue.body.rstrip() + DIALOGUE_LINK + "\n"
        dialogue.save()

    grant(apps, CONTENT_EDITORS, "community_map")


class Migration(migrations.Migration):
    dependencies = [
        ("community_map", "0001_map_content_models"),
        ("services", "0004_contact_pages"),
        ("services", "0003_staff_roles"),
    ]

    operations = [migrations.RunPython(load_map, migrations.RunPython.noop)]
