"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Event


@register(Event)
class EventTranslation(TranslationOptions):
    fields = ("title", "lead", "description", "audience", "place", "cancellation_terms")
