"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import KeyQuestion, Page, SiteDetails, SupervisionForm


@register(SupervisionForm)
class SupervisionFormTranslation(TranslationOptions):
    fields = ("name", "summary", "audience", "session_length", "frequency", "participants", "body")


@register(KeyQuestion)
class KeyQuestionTranslation(TranslationOptions):
    fields = ("theme", "question")


@register(Page)
class PageTranslation(TranslationOptions):
    fields = ("title", "lead", "body", "meta_description")


@register(SiteDetails)
class SiteDetailsTranslation(TranslationOptions):
    fields = ("tagline", "service_area", "crisis_note")
