"""
The fourth revision of the seeded texts: no term promised before it exists.

The seeded prices page's search description listed cancellation, travel and invoicing terms,
*Näin aloitamme* sent the reader to cancellation terms "with the prices", and a question's
answer to terms for remote sessions there, before staff had written any of them. Texts
stored in the database cannot be built from what exists, so these promises are taken out;
the pages built in code name the terms that are published (``pricing/terms.py``: the prices
page adds the kinds present to its description, links say "Kaikki hinnat ja ehdot" only
while terms exist).

As in the earlier revisions, a text staff have edited is never changed: a correction applies
only to a text that still reads as the third revision (``voice_revision.py``) left it. Each
app's migration names its own seed's texts (services 0013, faq 0005).
"""

from services import voice_revision

CORRECTIONS = [
    # The prices page's description for search engines
    (" sekä peruutus-, matka- ja laskutusehdot.", "."),
    # Näin aloitamme: what the supervision agreement covers
    (
        "- peruutuksista ja siirroista (ehdot ovat [hintojen yhteydessä](/hinnat/))",
        "- peruutuksista ja siirroista",
    ),
    # The question on remote sessions
    (" Etäistuntojen ehdot ovat [hintojen yhteydessä](/hinnat/).", ""),
]


def corrected(text):
    """The text with every correction applied."""
    for old, new in CORRECTIONS:
        text = text.replace(old, new)
    return text


def after_voice_revision(texts_after_second_revision):
    """Texts as the third revision left them, given those the second revision left."""
    return {voice_revision.corrected(text) for text in texts_after_second_revision}


def revise(apps, seeded_texts):
    """
    Correct every text still equal to what the earlier migrations left.

    ``seeded_texts`` maps (app label, model, field) to the set of texts the third revision
    left in that field; a text staff have changed matches none of them and is left alone.
    """
    for (app_label, model_name, field), originals in seeded_texts.items():
        promising = {text for text in originals if corrected(text) != text}
        if not promising:
            continue
        model = apps.get_model(app_label, model_name)
        for obj in model.objects.filter(**{f"{field}__in": promising}):
            model.objects.filter(pk=obj.pk).update(**{field: corrected(getattr(obj, field))})
