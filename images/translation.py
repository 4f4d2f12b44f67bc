"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Image


@register(Image)
class ImageTranslation(TranslationOptions):
    fields = ("alt_text", "caption")
