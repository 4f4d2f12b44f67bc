from django import template

from images import rendering

register = template.Library()


@register.simple_tag
def picture(image, sizes="100vw", ratio=None, loading="lazy", css_class="", alt=None):
    """``{% picture supervisor.photo sizes="(min-width: 60em) 20rem, 100vw" ratio="1/1" %}``"""
    return rendering.picture(
        image, sizes=sizes, ratio=ratio, loading=loading, css_class=css_class, alt=alt
    )
