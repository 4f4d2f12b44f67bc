"""The icons of the forms of supervision: inline SVG drawn for the site, no icon font."""

from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()

_PATHS = {
    # One person.
    "individual": '<circle cx="12" cy="8" r="3.5"/><path d="M5 20.5c0-3.9 3.1-7 7-7s7 3.1 7 7"/>',
    # Three people side by side.
    "group": (
        '<circle cx="12" cy="7.5" r="3"/><circle cx="5.5" cy="10" r="2.2"/>'
        '<circle cx="18.5" cy="10" r="2.2"/>'
        '<path d="M6.5 20.5c0-3 2.5-5.5 5.5-5.5s5.5 2.5 5.5 5.5"/>'
        '<path d="M1.5 19c0-2.2 1.8-4 4-4 .8 0 1.5.2 2.1.6"/>'
        '<path d="M22.5 19c0-2.2-1.8-4-4-4-.8 0-1.5.2-2.1.6"/>'
    ),
    # A circle of people: the whole work community.
    "community": (
        '<circle cx="12" cy="12" r="6.5"/><circle cx="12" cy="4" r="2"/>'
        '<circle cx="20" cy="12" r="2"/>'
        '<circle cx="12" cy="20" r="2"/><circle cx="4" cy="12" r="2"/>'
    ),
    # A lifebuoy: support in an acute situation.
    "situational": (
        '<circle cx="12" cy="12" r="8.5"/><circle cx="12" cy="12" r="3.5"/>'
        '<path d="M6 6l3.5 3.5M18 6l-3.5 3.5M6 18l3.5-3.5M18 18l-3.5-3.5"/>'
    ),
    # A compass: the direction a leader sets.
    "leadership": ('<circle cx="12" cy="12" r="8.5"/><path d="M15.5 8.5l-2 5-5 2 2-5z"/>'),
    # Two speech bubbles.
    "dialogue": (
        '<path d="M3.5 5.5h11v7h-6l-3 2.5v-2.5h-2z"/>'
        '<path d="M17.5 9.5h3v7h-2v2.5l-3-2.5h-5.5v-2"/>'
    ),
}

# The slug says which form it is; the keys are stems, so a renamed address keeps its icon.
_BY_SLUG = [
    ("yksilo", "individual"),
    ("ryhma", "group"),
    ("yhteiso", "community"),
    ("tilanne", "situational"),
    ("esihenkilo", "leadership"),
    ("esimie", "leadership"),
    ("johta", "leadership"),
]
_BY_FORMAT = {"individual": "individual", "group": "group", "community": "community"}


def icon_name(form):
    slug = form.slug or ""
    for stem, name in _BY_SLUG:
        if stem in slug:
            return name
    return _BY_FORMAT.get(form.format, "dialogue")


@register.simple_tag
def form_icon(form, css_class="icon"):
    """``{% form_icon form %}``: the form's icon, decorative (the form's name is beside it)."""
    return mark_safe(
        f'<svg class="{escape(css_class)}" viewBox="0 0 24 24" width="24" height="24" '
        f'aria-hidden="true" focusable="false">{_PATHS[icon_name(form)]}</svg>'
    )
