"""The published supervisors and their sectors as choices of a visitor's form (contact, booking)."""

from core.page_cache import cached_content

from .models import Supervisor, sector_key


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


def published_sectors():
    """
    The sectors the published supervisors list, cached for the content version.

    ``[(key, name)]`` in alphabetical order, each sector once however it is written (the key
    is matching.sector_key of the name); "muu" is added by matching.sector_choices.
    """

    def compute():
        names = {}
        for supervisor in Supervisor.objects.published().only("sectors"):
            for name in supervisor.sector_list:
                names.setdefault(sector_key(name), name[:1].upper() + name[1:])
        return sorted(names.items(), key=lambda item: item[1].casefold())

    return cached_content("supervisor-sectors", compute)
