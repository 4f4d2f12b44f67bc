"""
The content's languages (django-modeltranslation), as the rest of the site asks about them.

Each text a visitor reads has one field per language (``title_fi``, ``title_sv``, ``title_en``)
beside its original field (``title``), which reads and writes the current language's and which
the database keeps as a copy of the last one saved.
"""

from django.conf import settings
from django.db.models import Q
from modeltranslation.translator import translator

LANGUAGES = tuple(settings.MODELTRANSLATION_LANGUAGES)
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHER_LANGUAGES = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)


def translated_fields(model):
    """The names of ``model``'s translated (original) fields; none for a model without any."""
    if model not in translator.get_registered_models():
        return ()
    return tuple(translator.get_options_for_model(model).fields)


def missing(model, language):
    """
    A Q of ``model``'s items with a text in Finnish and none in ``language``: what still needs
    translating (an item without any Finnish text is not counted).
    """
    condition = Q(pk__in=[])
    for name in translated_fields(model):
        given = Q(**{f"{name}_{DEFAULT_LANGUAGE}__gt": ""})
        empty = Q(**{f"{name}_{language}__isnull": True}) | Q(**{f"{name}_{language}": ""})
        condition |= given & empty
    return condition
