from django import template

from core.structured_data import json_ld
from services.models import SupervisionForm

from .. import structured_data
from ..models import Article

register = template.Library()

# The width of the picture a shared article shows (Open Graph asks for at least 1200 px).
SHARED_WIDTH = 1200


@register.simple_tag
def article_json_ld(article, site=None):
    return json_ld(structured_data.article(article, site))


@register.simple_tag
def shared_image(article):
    """
    ``{"url", "width", "height", "alt"}`` of the article's picture for sharing (Open Graph):
    its JPEG rendition nearest 1200 px wide, the original until the renditions are made; None
    without a picture.
    """
    image = article.image
    if image is None or not image.file:
        return None
    jpegs = image.file.aspect_ratios.get(None, {}).get("JPEG", {}) if image.renditions_ready else {}
    if jpegs:
        width = min(jpegs, key=lambda width: abs(width - SHARED_WIDTH))
        picture = jpegs[width]
        url = picture.url
        height = picture.height or round(width * image.height / image.width)
    else:
        url, width, height = image.file.url, image.width, image.height
    return {
        "url": structured_data.absolute_media(url),
        "width": width,
        "height": height,
        "alt": image.alt,
    }


@register.simple_tag
def newest_articles(count, form=None):
    """
    ``{% newest_articles 3 as articles %}``: the newest articles the public may see (those
    about ``form``, a form of supervision, when given), one query.
    """
    articles = Article.objects.all()
    if isinstance(form, SupervisionForm):
        if form.pk is None:  # a new form previewed before it is saved
            return []
        articles = articles.filter(forms=form)
    return articles.newest(count, related=("author",))
