"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Category, Question


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name",)


@register(Question)
class QuestionTranslation(TranslationOptions):
    fields = ("question", "answer")
