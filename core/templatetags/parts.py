"""
``{% cached_part %}``: a part of a page kept under the stamps of the content it shows.

    {% cached_part "home-supervisors" "supervisors.Supervisor" "images.Image" %}
      …
    {% endcached_part %}

The name, then every model (app_label.Model) whose rows the part shows; ``by`` and values
after it tell apart versions of the part within one language (``by header``). See core.parts.
Staff are shown the part rendered afresh, never kept: a preview renders unsaved content.
"""

from django import template
from django.apps import apps
from django.utils.safestring import mark_safe

from core import page_cache, parts

register = template.Library()


class CachedPartNode(template.Node):
    def __init__(self, nodelist, name, kinds, by):
        self.nodelist, self.name, self.kinds, self.by = nodelist, name, kinds, by

    def render(self, context):
        request = context.get("request")
        if request is None or context.get("unsaved_preview") or page_cache._may_be_staff(request):
            return self.nodelist.render(context)
        name = ":".join([self.name, *(str(value.resolve(context)) for value in self.by)])
        html = parts.cached_part(name, self.kinds, lambda: str(self.nodelist.render(context)))
        return mark_safe(html)


@register.tag
def cached_part(parser, token):
    bits = token.split_contents()
    tag, *arguments = bits
    by = []
    if "by" in arguments:
        arguments, by = arguments[: arguments.index("by")], arguments[arguments.index("by") + 1 :]
    if len(arguments) < 2 or not all(arg[0] == arg[-1] == '"' for arg in arguments):
        raise template.TemplateSyntaxError(
            f'{tag} takes a quoted name and quoted models: {tag} "name" "app.Model" …'
        )
    name, *labels = (argument[1:-1] for argument in arguments)
    kinds = tuple(apps.get_model(label) for label in labels)
    nodelist = parser.parse(("endcached_part",))
    parser.delete_first_token()
    return CachedPartNode(nodelist, name, kinds, [parser.compile_filter(value) for value in by])
