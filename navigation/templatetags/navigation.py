from django import template

register = template.Library()


@register.filter
def menu_state(entry, path):
    """``{% with state=entry|menu_state:request.path %}``: 'page', 'section' or ''."""
    return entry.state(path)


@register.simple_tag(takes_context=True)
def header_state(context):
    """
    What the site header marks as current for this request, in a few characters: the state of
    each menu entry, the path when a link of the header points to it, and whether this is the
    contact page. Two requests with the same state get the same header (its cache key).
    """
    request, menu = context.get("request"), context.get("menu") or []
    if request is None:  # an error page rendered without one
        return "-"
    path = request.path
    links = {"/"} | {entry.url for entry in menu}
    links |= {child.url for entry in menu for child in entry.children}
    states = "".join((entry.state(path) or "-")[0] for entry in menu)
    match = request.resolver_match
    contact = match is not None and match.view_name == "contact:form"
    return f"{states}|{path if path in links else ''}|{int(contact)}"
