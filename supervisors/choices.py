"""The published supervisors as the choices of a visitor's form (contact, booking)."""

from core.page_cache import cached_content

from .models import Supervisor


def published_supervisors():
    """
    The published supervisors, cached for the content version.

    ``{"choices": [(pk, name)], "by_slug": [(slug, pk)]}``, in their order.
    """

    def compute():
        people = list(Supervisor.objects.published().values_list("pk", "slug", "name"))
        return {
            "choices": [(pk, name) for pk, _slug, name in people],
            "by_slug": [(slug, pk) for pk, slug, _name in people],
        }

    return cached_content("supervisor-choices", compute)
