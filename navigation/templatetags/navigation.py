from django import template

from navigation import menu

register = template.Library()


@register.filter
def menu_state(entry, path):
    """``{% with state=entry|menu_state:request.path %}``: 'page', 'section' or ''."""
    return entry.state(path)


@register.simple_tag(takes_context=True)
def header_state(context):
    """What the site header marks as current for this request (navigation.menu.header_state)."""
    return menu.header_state(context.get("request"), context.get("menu") or [])
