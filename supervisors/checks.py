from django.core.checks import Warning, register
from django.db import DatabaseError


@register(deploy=True)
def example_supervisors_check(app_configs, **kwargs):
    """Example people must never reach the public site in production."""
    from .models import Supervisor

    try:
        published = list(
            Supervisor.objects.published().filter(is_example=True).values_list("name", flat=True)
        )
    except DatabaseError:
        return []  # no tables yet: nothing is published
    if not published:
        return []
    return [
        Warning(
            f"Example supervisors are published: {', '.join(published)}.",
            hint="Delete them, or unpublish them, in the admin under Työnohjaajat.",
            id="supervisors.W001",
        )
    ]
