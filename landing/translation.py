"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from core.translations import reviewed_with

from .models import HomePage, Step


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("headline", "lead", "map_teaser")


@register(Step)
class StepTranslation(TranslationOptions):
    fields = ("title", "text")


reviewed_with(Step, "home")
