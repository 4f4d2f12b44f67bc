import functools
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.core.checks import Warning, register
from django.db import DatabaseError

from core import translations


def needs_database(check):
    """A check that reads the database: before migrate has run it has nothing to say yet."""

    @functools.wraps(check)
    def checked(app_configs, **kwargs):
        try:
            return check(app_configs, **kwargs)
        except DatabaseError:
            # Not migrated yet: nothing is published, and migrate will say so on its own.
            return []

    return checked


@register(deploy=True)
def site_url_check(app_configs, **kwargs):
    """SITE_URL is the canonical address in links, sitemaps and email: it must be the real one."""
    parts = urlsplit(settings.SITE_URL)
    if parts.scheme == "https" and parts.hostname in settings.ALLOWED_HOSTS:
        return []
    return [
        Warning(
            f"SITE_URL is {settings.SITE_URL!r}: canonical links, the sitemap and email would "
            "point to the wrong address.",
            hint="Set SITE_URL to the site's public https:// address, one of ALLOWED_HOSTS.",
            id="tyonohjaus.W001",
        )
    ]


@register(deploy=True)
@needs_database
def example_content_check(app_configs, **kwargs):
    """
    Warn before deployment while example content is published: every model with an
    ``is_example`` flag counts, whichever app defines it.
    """
    warnings = []
    for model in apps.get_models():
        field_names = {field.name for field in model._meta.get_fields()}
        if not {"is_example", "published"} <= field_names:
            continue
        count = model._default_manager.filter(is_example=True, published=True).count()
        if count:
            warnings.append(
                Warning(
                    f"{count} example {model._meta.verbose_name_plural} published "
                    f"({model._meta.label}).",
                    hint="Delete or unpublish the example content in the admin before going "
                    "live (load_example_content adds it for development).",
                    id="services.W002",
                )
            )
    return warnings


@register(deploy=True)
@needs_database
def translation_review_check(app_configs, **kwargs):
    """
    Warn before deployment while Swedish or English texts are shown that no staff member has
    reviewed (ticked in the admin): they are shown all the same, so someone should read them.
    """
    warnings = []
    for model in translations.reviewable_models():
        for language in translations.OTHER_LANGUAGES:
            items = translations.unreviewed(model, language)
            if not items:
                continue
            names = ", ".join(str(item) for item in items[:5])
            more = f" and {len(items) - 5} more" if len(items) > 5 else ""
            warnings.append(
                Warning(
                    f"{len(items)} {model._meta.label} with a translation ({language}) not "
                    f"reviewed: {names}{more}.",
                    hint="Read each translation against the Finnish text in the admin and "
                    "tick it reviewed (the filter 'Käännös' lists them).",
                    id="tyonohjaus.W002",
                )
            )
    return warnings
