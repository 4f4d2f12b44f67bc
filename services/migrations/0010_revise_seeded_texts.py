"""Revise the seeded texts (services/revised_seed.py) where they still equal the first seed.

A text staff have changed in the admin is left as it is: every text is compared with the
texts the earlier migrations seeded, and only an exact match is replaced.
"""

from django.db import migrations

from community_map import seed as map_seed
from faq import seed as faq_seed
from services import revised_seed as revised
from services import seed

# The link community_map's first migration appended to the dialogue page.
DIALOGUE_LINK = (
    "\n\n## Kokeile työyhteisökarttaa\n\n"
    "Työyhteisökartalla voit tarkastella omaa työyhteisöäsi näiden kysymysten kautta ja nähdä, "
    "missä työnohjaus voisi auttaa. [Täytä työyhteisökartta](/tyoyhteisokartta/)."
)

CRISIS_NOTE = (
    "Jos tilanne on akuutti, hae apua heti. Työterveyshuolto auttaa työhön liittyvissä "
    "kriiseissä, ja MIELI ry:n Kriisipuhelin vastaa numerossa 09 2525 0111. "
    "Hätätilanteessa soita hätänumeroon 112."
)


def _dialogue_body():
    page = next(page for page in seed.PAGES if page["slug"] == "yhteisollinen-dialogi")
    return page["body"].rstrip() + DIALOGUE_LINK + "\n"


def seeded_texts():
    """The first seeds' texts, by (app label, model, field)."""
    pages = [*seed.PAGES, map_seed.INTRO_PAGE]
    dimensions = map_seed.DIMENSIONS
    return {
        ("services", "SupervisionForm", "name"): {f["name"] for f in seed.SUPERVISION_FORMS},
        ("services", "SupervisionForm", "summary"): {f["summary"] for f in seed.SUPERVISION_FORMS},
        ("services", "SupervisionForm", "audience"): {
            f["audience"] for f in seed.SUPERVISION_FORMS
        },
        ("services", "SupervisionForm", "body"): {f["body"] for f in seed.SUPERVISION_FORMS},
        ("services", "KeyQuestion", "question"): {q["question"] for q in seed.KEY_QUESTIONS},
        **{
            ("services", "Page", field): {page[field] for page in pages}
            for field in ("title", "lead", "meta_description")
        },
        ("services", "Page", "body"): {page["body"] for page in pages} | {_dialogue_body()},
        ("community_map", "Dimension", "description"): {d["description"] for d in dimensions},
        ("community_map", "Statement", "text"): {
            statement["text"] for d in dimensions for statement in d["statements"]
        },
        ("community_map", "Reflection", "text"): {
            text for d in dimensions for text in d["reflections"].values()
        },
        ("community_map", "RecommendationRule", "reason"): {
            rule["reason"] for rule in map_seed.RULES
        },
        ("faq", "Question", "question"): {q["question"] for q in faq_seed.QUESTIONS},
        ("faq", "Question", "answer"): {q["answer"] for q in faq_seed.QUESTIONS},
    }


def revise_texts(apps, schema_editor=None):
    rewrites = revised.rewrites(
        {"forms": seed.SUPERVISION_FORMS, "pages": seed.PAGES, "dialogue_body": _dialogue_body()}
    )
    for (app_label, model_name, field), originals in seeded_texts().items():
        model = apps.get_model(app_label, model_name)
        for obj in model.objects.filter(**{f"{field}__in": originals}):
            text = revised.corrected(getattr(obj, field))
            text = rewrites.get(text, text)
            if text != getattr(obj, field):
                model.objects.filter(pk=obj.pk).update(**{field: text})

    SupervisionForm = apps.get_model("services", "SupervisionForm")
    if not SupervisionForm.objects.filter(slug=revised.LEADERSHIP_SLUG).exists():
        SupervisionForm.objects.filter(slug=revised.FORMER_LEADERSHIP_SLUG).update(
            slug=revised.LEADERSHIP_SLUG
        )
    for slug, facts in revised.FORM_FACTS.items():
        form = SupervisionForm.objects.filter(slug=slug).first()
        if form is None:
            continue
        empty = {field: value for field, value in facts.items() if not getattr(form, field)}
        if empty:
            SupervisionForm.objects.filter(pk=form.pk).update(**empty)

    SiteDetails = apps.get_model("services", "SiteDetails")
    SiteDetails.objects.filter(crisis_note="").update(crisis_note=CRISIS_NOTE)


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0009_form_facts_and_crisis_note"),
        ("community_map", "0002_seed_map"),
        ("faq", "0002_seed_questions"),
    ]

    operations = [migrations.RunPython(revise_texts, migrations.RunPython.noop)]
