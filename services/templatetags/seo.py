import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from services import structured_data

register = template.Library()

# Characters that could end the script element or start markup inside it.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def json_ld(*items):
    """Render schema.org items as <script type="application/ld+json"> blocks."""
    blocks = [
        format_html(
            '<script type="application/ld+json">{}</script>',
            mark_safe(json.dumps(item, ensure_ascii=False).translate(_JSON_ESCAPES)),
        )
        for item in items
        if item
    ]
    return mark_safe("\n".join(blocks))


@register.simple_tag
def organisation_json_ld(site, forms=()):
    return json_ld(structured_data.organisation(site, forms))


@register.simple_tag
def service_json_ld(form):
    return json_ld(structured_data.service(form))


@register.simple_tag
def faq_json_ld(questions):
    return json_ld(structured_data.faq_page(questions)) if questions else ""


@register.simple_tag
def breadcrumbs_json_ld(*names_and_paths):
    """``{% breadcrumbs_json_ld "Palvelut" "/palvelut/" page.title request.path %}``"""
    trail = list(zip(names_and_paths[::2], names_and_paths[1::2], strict=True))
    return json_ld(structured_data.breadcrumbs(*trail))


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
