"""The texts of this app that a visitor reads, in every language of the site (modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import ClientOrganisation, Testimonial


@register(Testimonial)
class TestimonialTranslation(TranslationOptions):
    fields = ("text", "role", "sector")


@register(ClientOrganisation)
class ClientOrganisationTranslation(TranslationOptions):
    # Organisations have official names in other languages too (Helsingfors stad).
    fields = ("name", "sector")
