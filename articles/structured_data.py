"""An article as schema.org structured data (JSON-LD)."""

from django.utils.translation import get_language

from core.structured_data import CONTEXT, absolute, organisation_id


def absolute_media(url):
    """Media on object storage already has its host; local media gets the site's."""
    return url if url.startswith(("http://", "https://")) else absolute(url)


def article(item, site=None):
    """The article as an ``Article``: its author a Person, the organisation its publisher."""
    url = absolute(item.get_absolute_url())
    data = {
        "@context": CONTEXT,
        "@type": "Article",
        "@id": url + "#artikkeli",
        "headline": item.title,
        "description": item.lead,
        "url": url,
        "mainEntityOfPage": url,
        "inLanguage": get_language(),
        "datePublished": item.published_at.isoformat(),
        "dateModified": (item.updated_on or item.published_at).isoformat(),
        "wordCount": item.word_count,
        "timeRequired": f"PT{item.reading_minutes}M",
        "publisher": {
            "@type": "ProfessionalService",
            "@id": organisation_id(),
            "name": site.name if site else "",
            "url": absolute("/"),
        },
    }
    if item.author:
        data["author"] = {
            "@type": "Person",
            "@id": absolute(item.author.get_absolute_url() + "#henkilo"),
            "name": item.author.name,
            "url": absolute(item.author.get_absolute_url()),
        }
    else:
        data["author"] = {"@type": "Organization", "@id": organisation_id()}
    if item.image and item.image.file:
        data["image"] = absolute_media(item.image.file.url)
    about = [form for form in item.forms.all() if form.published]
    if about:
        data["about"] = [
            {"@type": "Service", "name": form.name, "url": absolute(form.get_absolute_url())}
            for form in about
        ]
    return data
