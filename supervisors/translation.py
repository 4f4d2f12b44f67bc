"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from core.translations import reviewed_with

from .models import Credential, Sector, Supervisor


@register(Sector)
class SectorTranslation(TranslationOptions):
    fields = ("name",)


@register(Supervisor)
class SupervisorTranslation(TranslationOptions):
    fields = ("role", "introduction", "body", "methods", "places")


@register(Credential)
class CredentialTranslation(TranslationOptions):
    fields = ("title",)


reviewed_with(Credential, "supervisor")
