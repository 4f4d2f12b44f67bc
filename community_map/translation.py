"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from core.translations import reviewed_with

from .models import Dimension, RecommendationRule, Reflection, Statement


@register(Dimension)
class DimensionTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Statement)
class StatementTranslation(TranslationOptions):
    fields = ("text",)


@register(Reflection)
class ReflectionTranslation(TranslationOptions):
    fields = ("text",)


@register(RecommendationRule)
class RecommendationRuleTranslation(TranslationOptions):
    fields = ("reason",)


reviewed_with(Statement, "dimension")
reviewed_with(Reflection, "dimension")
