"""
The addresses of pages and forms of supervision in Swedish and English, for the links staff
write in a text as Finnish addresses (``core.languages.address_in``): "/hyodyt/" in a Swedish
text leads to "/sv/fordelar/".
"""

from core import languages
from core.parts import cached_part

from .models import Page, SupervisionForm


def _own_slugs(model):
    """``{Finnish slug: {"sv": …, "en": …}}`` of ``model``, kept until one of them changes."""

    def load():
        rows = model._base_manager.values_list("slug", "slug_sv", "slug_en")
        return {slug: {"sv": swedish, "en": english} for slug, swedish, english in rows}

    return cached_part(f"addresses:{model._meta.label_lower}", (model,), load, per_language=False)


def _slug_in_language(model):
    def translate(kwargs, language):
        slug = kwargs["slug"]
        return {**kwargs, "slug": _own_slugs(model).get(slug, {}).get(language) or slug}

    return translate


def register():
    languages.translate_arguments_with("services:page", _slug_in_language(Page))
    languages.translate_arguments_with("services:form_detail", _slug_in_language(SupervisionForm))
