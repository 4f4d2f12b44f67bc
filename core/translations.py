"""
The content's languages (django-modeltranslation), as the rest of the site asks about them.

Each text a visitor reads has one field per language (``title_fi``, ``title_sv``, ``title_en``)
beside its original field (``title``), which reads and writes the current language's and which
the database keeps as a copy of the last one saved.
"""

import hashlib
import json

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Q, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone
from django.utils.translation import get_language
from modeltranslation.translator import translator

from core.models import TranslationReview

LANGUAGES = tuple(settings.MODELTRANSLATION_LANGUAGES)
DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
OTHER_LANGUAGES = tuple(code for code in LANGUAGES if code != DEFAULT_LANGUAGE)

# {parent model: [(part model, name of the part's foreign key to the parent)]}: the translated
# items edited within another (a home page's steps), reviewed with it (see ``reviewed_with``).
_PARTS = {}


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


def reviewed_with(part_model, parent_field):
    """
    Review ``part_model``'s texts as part of the item its ``parent_field`` points to: the
    steps of the home page, a dimension's statements, a supervisor's credentials, which staff
    edit within their parent's page in the admin.
    """
    parent = part_model._meta.get_field(parent_field).related_model
    _PARTS.setdefault(parent, []).append((part_model, parent_field))


def _texts(item, language):
    return [
        [name, getattr(item, f"{name}_{DEFAULT_LANGUAGE}"), getattr(item, f"{name}_{language}")]
        for name in sorted(translated_fields(type(item)))
    ]


def fingerprint(item, language):
    """A digest of ``item``'s Finnish texts and their ``language`` version, its parts' too."""
    texts = [_texts(item, language)]
    for part_model, parent_field in _PARTS.get(type(item), ()):
        parts = part_model._base_manager.filter(**{parent_field: item}).order_by("pk")
        texts += [[part.pk, _texts(part, language)] for part in parts]
    return hashlib.blake2b(json.dumps(texts).encode(), digest_size=32).hexdigest()


def has_translation(item, language):
    """Whether ``item`` has any text in ``language`` (a review concerns only such items)."""
    return any(getattr(item, f"{name}_{language}") for name in translated_fields(type(item)))


def _review(item, language):
    return TranslationReview.objects.filter(
        content_type=ContentType.objects.get_for_model(type(item)),
        object_id=str(item.pk),
        language=language,
    )


def reviewed_languages(item):
    """The languages of ``item`` a staff member has reviewed as its texts now are (one query)."""
    stored = TranslationReview.objects.filter(
        content_type=ContentType.objects.get_for_model(type(item)), object_id=str(item.pk)
    ).values_list("language", "fingerprint")
    return {language for language, digest in stored if digest == fingerprint(item, language)}


def is_reviewed(item, language):
    """Whether a staff member has reviewed ``item``'s ``language`` texts as they now are."""
    return language in reviewed_languages(item)


def mark_reviewed(item, language, user=None):
    TranslationReview.objects.update_or_create(
        content_type=ContentType.objects.get_for_model(type(item)),
        object_id=str(item.pk),
        language=language,
        defaults={
            "fingerprint": fingerprint(item, language),
            "reviewed_at": timezone.now(),
            "reviewed_by": user,
        },
    )


def unmark_reviewed(item, language):
    _review(item, language).delete()


def unreviewed(model, language):
    """``model``'s items with texts in ``language`` that no staff member reviewed as they are."""
    reviewed = dict(
        TranslationReview.objects.filter(
            content_type=ContentType.objects.get_for_model(model), language=language
        ).values_list("object_id", "fingerprint")
    )
    return [
        item
        for item in model._base_manager.order_by("pk")
        if has_translation(item, language)
        and not _still_holds(reviewed.get(str(item.pk)), item, language)
    ]


def _still_holds(digest, item, language):
    # The texts (and parts) are read only for an item someone has reviewed at all.
    return digest is not None and digest == fingerprint(item, language)


def reviewable_models():
    """The translated models reviewed on their own (not as another item's part)."""
    parts = {part for entries in _PARTS.values() for part, _field in entries}
    return [
        model
        for model in translator.get_registered_models()
        if not model._meta.proxy and model not in parts
    ]


def in_current_language(name):
    """
    An expression of the text ``name`` in the request's language, the Finnish one where it is
    empty: for a subquery's ``values()``, which modeltranslation cannot rewrite into one column.
    """
    finnish = F(f"{name}_{DEFAULT_LANGUAGE}")
    language = get_language()
    if language not in OTHER_LANGUAGES:
        return finnish
    text = TextField()  # each language's field is a class of its own to Django
    return Coalesce(
        NullIf(F(f"{name}_{language}"), Value(""), output_field=text), finnish, output_field=text
    )


def in_finnish(item, name):
    """``item``'s text ``name`` in Finnish, whatever the request's language: what staff read."""
    return getattr(item, f"{name}_{DEFAULT_LANGUAGE}") or getattr(item, name)


def shows_finnish_for(item, name):
    """Whether ``item``'s text ``name`` shows in Finnish for want of the request's language's."""
    language = get_language()
    if language not in OTHER_LANGUAGES or name not in translated_fields(type(item)):
        return False
    return not getattr(item, f"{name}_{language}") and bool(
        getattr(item, f"{name}_{DEFAULT_LANGUAGE}")
    )
