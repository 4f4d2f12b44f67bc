from django import template

from testimonials.models import ClientOrganisation

register = template.Library()


@register.simple_tag
def published_client_organisations():
    """The client organisations that may be named, in their order, with their logos: one query."""
    return list(ClientOrganisation.objects.published().select_related("logo"))
