"""
Each translated text's Finnish field (django-modeltranslation) starts as the text the site has
shown so far: its original column, which modeltranslation keeps and writes on every save.

One migration for every app, after each app's own: the seed migrations before it wrote only
the original columns. A data migration written after this one writes the Finnish fields itself.
"""

from django.db import migrations, models

TRANSLATED = {
    ("booking", "calendar"): ("location",),
    ("community_map", "dimension"): ("description", "name"),
    ("community_map", "recommendationrule"): ("reason",),
    ("community_map", "reflection"): ("text",),
    ("community_map", "statement"): ("text",),
    ("faq", "category"): ("name",),
    ("faq", "question"): ("answer", "question"),
    ("images", "image"): ("alt_text", "caption"),
    ("landing", "homepage"): ("headline", "lead", "map_teaser"),
    ("landing", "step"): ("text", "title"),
    ("navigation", "menuitem"): ("label",),
    ("pricing", "pricerow"): ("notes", "unit", "vat_note", "what"),
    ("pricing", "priceterm"): ("body", "title"),
    ("services", "keyquestion"): ("question", "theme"),
    ("services", "page"): ("body", "lead", "meta_description", "title"),
    ("services", "sitedetails"): ("crisis_note", "service_area", "tagline"),
    ("services", "supervisionform"): (
        "audience",
        "body",
        "frequency",
        "name",
        "participants",
        "session_length",
        "summary",
    ),
    ("supervisors", "credential"): ("title",),
    ("supervisors", "sector"): ("name",),
    ("supervisors", "supervisor"): ("body", "introduction", "methods", "places", "role"),
    ("testimonials", "clientorganisation"): ("name", "sector"),
    ("testimonials", "testimonial"): ("role", "sector", "text"),
}


def copy_finnish(apps, schema_editor):
    for (app_label, model_name), fields in TRANSLATED.items():
        model = apps.get_model(app_label, model_name)
        model.objects.update(**{f"{field}_fi": models.F(field) for field in fields})


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_public_buyers_page"),
        ("booking", "0010_texts_in_three_languages"),
        ("community_map", "0011_texts_in_three_languages"),
        ("faq", "0006_texts_in_three_languages"),
        ("images", "0004_texts_in_three_languages"),
        ("landing", "0003_texts_in_three_languages"),
        ("navigation", "0004_texts_in_three_languages"),
        ("pricing", "0005_texts_in_three_languages"),
        ("services", "0014_texts_in_three_languages"),
        ("supervisors", "0008_texts_in_three_languages"),
        ("testimonials", "0005_texts_in_three_languages"),
    ]

    operations = [migrations.RunPython(copy_finnish, migrations.RunPython.noop)]
