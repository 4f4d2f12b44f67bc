from django import template
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

register = template.Library()

# Staff write this on a line of its own in a Markdown body; Markdown makes it a paragraph.
CONTROLLER_PLACEHOLDER = "<p>[rekisterinpitäjä]</p>"


@register.filter
def with_site_details(html, site):
    """
    Replace the controller placeholder in rendered page HTML with the controller's name and
    contact details from the site details, so that the privacy statement follows every edit
    of them.
    """
    if CONTROLLER_PLACEHOLDER not in html:
        return html
    controller = render_to_string("includes/controller.html", {"site": site})
    return mark_safe(html.replace(CONTROLLER_PLACEHOLDER, controller))
