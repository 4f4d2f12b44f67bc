"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import Article


@register(Article)
class ArticleTranslation(TranslationOptions):
    fields = ("title", "lead", "body")
