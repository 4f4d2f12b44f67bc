"""schema.org structured data (JSON-LD) describing the consultancy, its services and pages."""

from django.conf import settings
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from pricing.models import form_from_price

CONTEXT = "https://schema.org"


def absolute(path):
    return settings.SITE_URL.rstrip("/") + path


def organisation_id():
    return absolute("/#organisaatio")


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
        data["vatID"] = f"FI{site.business_id.replace('-', '')}"
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


def breadcrumbs(*trail):
    """A BreadcrumbList from (name, path) pairs, the home page first."""
    items = [(_("Home"), reverse("services:home")), *trail]
    return {
        "@context": CONTEXT,
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": absolute(path)}
            for position, (name, path) in enumerate(items, start=1)
        ],
    }


def faq_page(questions):
    """The questions and answers as an FAQPage."""
    return {
        "@context": CONTEXT,
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": question.question,
                "url": absolute(question.get_absolute_url()),
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": strip_tags(question.answer_html).strip(),
                },
            }
            for question in questions
        ],
    }
