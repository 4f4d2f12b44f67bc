"""Form data for the admin as staff send it."""

from core import translations


def in_finnish_fields(model, data):
    """
    ``data`` with each of ``model``'s translated texts under its Finnish field (``title`` as
    ``title_fi``), as the admin's form names them beside the Swedish and English ones.
    """
    translated = translations.translated_fields(model)
    return {f"{name}_fi" if name in translated else name: value for name, value in data.items()}
