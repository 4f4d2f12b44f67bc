"""The terms staff write for the agreement, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import AgreementTerms


@register(AgreementTerms)
class AgreementTermsTranslation(TranslationOptions):
    fields = ("invoicing", "cancellation", "confidentiality", "evaluation", "ending_early", "other")
