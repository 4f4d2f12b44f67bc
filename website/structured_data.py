"""schema.org structured data (JSON-LD) describing the consultancy and its services."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.structured_data import CONTEXT, absolute, organisation_id
from pricing.models import form_from_price


def organisation(site, forms=()):
    """The consultancy as a ProfessionalService, with its services when ``forms`` are given."""
    data = {
        "@context": CONTEXT,
        "@type": "ProfessionalService",
        "@id": organisation_id(),
        "name": site.name,
        "url": absolute("/"),
        "email": site.email,
        "areaServed": {"@type": "Country", "name": _("Finland")},
        "knowsLanguage": "fi",
    }
    if site.tagline:
        data["description"] = site.tagline
    if site.phone:
        data["telephone"] = site.phone
    if site.street_address or site.city:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": site.street_address,
            "postalCode": site.postal_code,
            "addressLocality": site.city,
            "addressCountry": "FI",
        }
    if site.legal_name:
        data["legalName"] = site.legal_name
    if site.business_id:
        data["taxID"] = site.business_id
    # Only a company in the VAT register has a VAT number.
    if site.vat_number:
        data["vatID"] = site.vat_number
    if forms:
        data["hasOfferCatalog"] = {
            "@type": "OfferCatalog",
            "name": _("Forms of supervision"),
            "itemListElement": [
                {"@type": "Offer", "itemOffered": service(form, with_context=False)}
                for form in forms
            ],
        }
    return data


def service(form, with_context=True):
    data = {
        "@type": "Service",
        "name": form.name,
        "description": form.summary,
        "url": absolute(form.get_absolute_url()),
        "serviceType": _("Work supervision"),
        "provider": {"@id": organisation_id()},
        "areaServed": {"@type": "Country", "name": _("Finland")},
    }
    price = form_from_price(form)
    if price is not None:
        data["offers"] = offer(price, form.from_price_unit)
    return {"@context": CONTEXT, **data} if with_context else data


def offer(price, unit):
    """The form's lowest price ("alkaen") as an Offer, without VAT and with it."""

    def specification(amount, vat_included):
        return {
            "@type": "UnitPriceSpecification",
            "price": f"{amount:.2f}",
            "priceCurrency": "EUR",
            "valueAddedTaxIncluded": vat_included,
            "unitText": unit,
        }

    return {
        "@type": "Offer",
        "url": absolute(reverse("pricing:prices")),
        "price": f"{price.net:.2f}",
        "priceCurrency": "EUR",
        "priceSpecification": [
            specification(price.net, False),
            specification(price.gross, True),
        ],
    }
