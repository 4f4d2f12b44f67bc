"""The published supervisors and their sectors as choices of a visitor's form (contact, booking)."""

from core.parts import cached_part

from .models import Sector, Supervisor


def published_supervisors():
    """
    The published supervisors, kept until a supervisor changes.

    ``{"choices": [(pk, name)], "by_slug": [(slug, pk)]}``, in their order.
    """

    def compute():
        people = list(Supervisor.objects.published().values_list("pk", "slug", "name"))
        return {
            "choices": [(pk, name) for pk, _slug, name in people],
            "by_slug": [(slug, pk) for pk, slug, _name in people],
        }

    return cached_part("supervisor-choices", (Supervisor,), compute)


def published_sectors():
    """
    The sectors of the published supervisors (from the one list, supervisors.Sector),
    kept until a supervisor or a sector changes.

    ``[(key, name)]`` in the list's order; "muu" is added by matching.sector_choices.
    """

    def compute():
        sectors = Sector.objects.filter(supervisors__published=True).distinct()
        return [(sector.slug, sector.name) for sector in sectors]

    return cached_part("supervisor-sectors", (Supervisor, Sector), compute)
