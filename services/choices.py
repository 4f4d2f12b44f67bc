"""The published forms of supervision as the choices of a visitor's form (contact, booking)."""

from core.parts import cached_part

from .models import SupervisionForm


def published_topics():
    """
    The published forms of supervision, kept until a form changes.

    ``{"choices": [(pk, name)], "by_slug": [(slug, pk)], "group_pks": [pk]}``, in their order;
    ``group_pks`` are those that can be for a group.
    """

    def compute():
        forms = list(
            SupervisionForm.objects.published().values_list("pk", "slug", "name", "format")
        )
        return {
            "choices": [(pk, name) for pk, _slug, name, _format in forms],
            "by_slug": [(slug, pk) for pk, slug, _name, _format in forms],
            "group_pks": [
                pk for pk, _slug, _name, format in forms if format in SupervisionForm.GROUP_FORMATS
            ],
        }

    return cached_part("topic-choices", (SupervisionForm,), compute)
