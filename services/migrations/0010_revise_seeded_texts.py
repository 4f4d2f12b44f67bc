"""Revise the seeded texts (services/revised_seed.py) where they still equal the first seed.

Only this app's rows and pages: the work community map's and the questions' texts are revised
by community_map 0005 and faq 0003 (they were revised here until the apps were layered; on a
database migrated before, those find nothing left to revise).

A text staff have changed in the admin is left as it is: every text is compared with the
texts the earlier migrations seeded, and only an exact match is replaced.
"""

from django.db import migrations

from services import revised_seed as revised
from services import seed

CRISIS_NOTE = (
    "Jos tilanne on akuutti, hae apua heti. Työterveyshuolto auttaa työhön liittyvissä "
    "kriiseissä, ja MIELI ry:n Kriisipuhelin vastaa numerossa 09 2525 0111. "
    "Hätätilanteessa soita hätänumeroon 112."
)


def seeded_texts():
    """The first seed's texts of this app's content, by (app label, model, field)."""
    pages = seed.PAGES
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
        ("services", "Page", "body"): {page["body"] for page in pages}
        | {revised.first_seed()["dialogue_body"]},
    }


def revise_texts(apps, schema_editor=None):
    revised.revise(apps, seeded_texts())

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
