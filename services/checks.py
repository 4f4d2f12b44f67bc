from django.apps import apps
from django.core.checks import Warning, register
from django.db import DatabaseError


@register(deploy=True)
def placeholder_content_check(app_configs, **kwargs):
    """Warn before deployment while the seeded placeholders or example content are public."""
    try:
        return _placeholder_contact_details() + _published_examples()
    except DatabaseError:
        # Not migrated yet: nothing is published, and migrate will say so on its own.
        return []


def _placeholder_contact_details():
    from .models import SiteDetails

    fields = SiteDetails.load().placeholder_fields
    if not fields:
        return []
    return [
        Warning(
            "The footer shows placeholder contact details: " + ", ".join(fields) + ".",
            hint="Enter the real details in the admin under Sivuston tiedot.",
            id="services.W001",
        )
    ]


def _published_examples():
    """Every model with an ``is_example`` flag counts, whichever app defines it."""
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
