"""Form data for the admin as staff send it."""

from core import translations


def in_finnish_fields(model, data, item=None):
    """
    ``data`` with each of ``model``'s translated texts under its Finnish field (``title`` as
    ``title_fi``), as the admin's form names them beside the Swedish and English ones; with
    ``item``, also its Swedish and English texts as they are, which the form sends unchanged.
    """
    translated = translations.translated_fields(model)
    fields = {f"{name}_fi" if name in translated else name: value for name, value in data.items()}
    if item is not None:
        for name in translated:
            for language in translations.OTHER_LANGUAGES:
                fields[f"{name}_{language}"] = getattr(item, f"{name}_{language}") or ""
    return fields
