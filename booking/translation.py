"""The texts of this app that a client reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Calendar


@register(Calendar)
class CalendarTranslation(TranslationOptions):
    fields = ("location",)
