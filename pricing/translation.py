"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import PriceRow, PriceTerm


@register(PriceRow)
class PriceRowTranslation(TranslationOptions):
    fields = ("what", "unit", "vat_note", "notes")


@register(PriceTerm)
class PriceTermTranslation(TranslationOptions):
    fields = ("title", "body")
