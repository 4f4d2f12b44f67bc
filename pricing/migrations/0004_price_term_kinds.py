"""
Terms get a kind (cancellation, travel costs, invoicing, other), so that the site promises
only the kinds that exist. Terms staff wrote before keep their rows; each gets the kind its
title names (Peruutusehdot, Matkakulut, Laskutus, …), any other stays "other" for staff to set.
"""

from django.db import migrations, models

# Words a Finnish title of each kind starts a word with, checked in this order.
TITLE_WORDS = [
    ("cancellation", ("peruu", "perumi", "siirto", "siirro")),
    ("travel", ("matka",)),
    ("invoicing", ("lasku", "maksu")),
]


def kind_of(title):
    """The kind a term's title names, or "other"."""
    words = title.lower().replace("-", " ").split()
    for kind, starts in TITLE_WORDS:
        if any(word.startswith(starts) for word in words):
            return kind
    return "other"


def classify_terms(apps, schema_editor=None):
    PriceTerm = apps.get_model("pricing", "PriceTerm")
    for term in PriceTerm.objects.only("pk", "title"):
        kind = kind_of(term.title)
        if kind != "other":
            PriceTerm.objects.filter(pk=term.pk).update(kind=kind)


class Migration(migrations.Migration):
    dependencies = [
        ("pricing", "0003_price_rows_unpublished_by_default"),
    ]

    operations = [
        migrations.AddField(
            model_name="priceterm",
            name="kind",
            field=models.CharField(
                choices=[
                    ("cancellation", "Cancellation terms"),
                    ("travel", "Travel costs"),
                    ("invoicing", "Invoicing terms"),
                    ("other", "Other term"),
                ],
                default="other",
                help_text="What the term is about. Pages and search descriptions mention cancellation, travel and invoicing terms only once a published term of that kind exists.",
                max_length=20,
                verbose_name="kind",
            ),
        ),
        migrations.RunPython(classify_terms, migrations.RunPython.noop),
    ]
