"""Tags every page uses for search engines: canonical address, breadcrumbs, JSON-LD."""

from django import template
from django.utils.safestring import mark_safe

from core import languages, structured_data, translations

register = template.Library()

register.simple_tag(structured_data.json_ld, name="json_ld")


@register.simple_tag
def breadcrumbs_json_ld(*names_and_paths):
    """``{% breadcrumbs_json_ld "Palvelut" "/palvelut/" page.title request.path %}``"""
    trail = list(zip(names_and_paths[::2], names_and_paths[1::2], strict=True))
    return structured_data.json_ld(structured_data.breadcrumbs(*trail))


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The canonical address of this page: SITE_URL and the path, without a query string."""
    return structured_data.absolute(context["request"].path)


@register.simple_tag
def absolute_url(path):
    return structured_data.absolute(path)


class CaptureNode(template.Node):
    def __init__(self, nodelist, variable):
        self.nodelist, self.variable = nodelist, variable

    def render(self, context):
        context[self.variable] = mark_safe(self.nodelist.render(context).strip())
        return ""


@register.tag
def capture(parser, token):
    """
    ``{% capture as name %}…{% endcapture %}`` renders its content into a variable, so that
    a block such as the page title can be used in <title> and in the Open Graph tags alike.
    """
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])


@register.simple_tag(takes_context=True)
def language_versions(context):
    """
    ``{% language_versions as versions %}``: this page in Finnish, Swedish and English, for
    the ``hreflang`` links and the language switcher (core.languages.language_versions); the
    item a layout shows (``request.language_item``, set by services.pages.render_in_layout),
    if any, gives its own address in each language.
    """
    request = context.get("request")  # none in a page rendered without one (a 500 page)
    if request is None or context.get("unsaved_preview"):
        return []  # an unsaved preview has no address to change language at
    return languages.language_versions(request, getattr(request, "language_item", None))


@register.simple_tag
def untranslated(item, field):
    """
    `` lang="fi"`` where ``item``'s text ``field`` is shown in Finnish for want of a
    translation into the page's language, so that a screen reader reads it as Finnish:
    ``<h1{% untranslated page "title" %}>``; nothing where it is in the page's language.
    """
    if item is None or not translations.shows_finnish_for(item, field):
        return ""
    return mark_safe(f' lang="{translations.DEFAULT_LANGUAGE}"')
