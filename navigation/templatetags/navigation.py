from django import template

register = template.Library()


@register.filter
def menu_state(entry, path):
    """``{% with state=entry|menu_state:request.path %}``: 'page', 'section' or ''."""
    return entry.state(path)
