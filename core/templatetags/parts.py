"""
``{% cached_part %}``: a part of a page kept under the stamps of the content it shows.

    {% cached_part "home-supervisors" "supervisors.Supervisor" "images.Image" %}
      …
    {% endcached_part %}

The name, then every model (app_label.Model) whose rows the part shows, or a variable holding
them (``sheet.kinds``); ``by`` and values after it tell apart versions of the part within one
language (``by header``). See core.parts.
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

    def _kinds(self, context):
        models = []
        for kind in self.kinds:
            if isinstance(kind, type):  # a model named in the tag
                models.append(kind)
            else:  # a variable holding models
                models.extend(kind.resolve(context))
        return models

    def render(self, context):
        request = context.get("request")
        if request is None or context.get("unsaved_preview") or page_cache.may_be_staff(request):
            return self.nodelist.render(context)
        name = ":".join([self.name, *(str(value.resolve(context)) for value in self.by)])

        def render():
            return str(self.nodelist.render(context))

        return mark_safe(parts.cached_part(name, self._kinds(context), render))


def _model_or_variable(parser, argument):
    """A quoted "app_label.Model" as its model; anything else as a variable holding models."""
    if argument[0] == argument[-1] == '"':
        return apps.get_model(argument[1:-1])
    return parser.compile_filter(argument)


@register.tag
def cached_part(parser, token):
    bits = token.split_contents()
    tag, *arguments = bits
    by = []
    if "by" in arguments:
        arguments, by = arguments[: arguments.index("by")], arguments[arguments.index("by") + 1 :]
    if len(arguments) < 2 or arguments[0][0] != '"' or arguments[0][-1] != '"':
        raise template.TemplateSyntaxError(
            f'{tag} takes a quoted name and the models: {tag} "name" "app.Model" …'
        )
    name, *models = arguments
    kinds = [_model_or_variable(parser, model) for model in models]
    nodelist = parser.parse(("endcached_part",))
    parser.delete_first_token()
    by = [parser.compile_filter(value) for value in by]
    return CachedPartNode(nodelist, name[1:-1], kinds, by)
