"""
The pages of running text (``Page``) as the views show them, and which layout shows each.

Most pages use the article layout; a page whose address belongs to a view of its own (the
home page, the prices, the contact form, …) is shown by that view's template with that
view's context. The view and the admin's unsaved preview both ask ``layout_for`` here, so a
preview is drawn exactly like the public page. The apps that own such views register their
context function with ``@layout(slug)``; this app imports none of them.
"""

from django.shortcuts import get_object_or_404, render

from core.page_cache import cached_content
from core.visibility import visible_to

from .models import Page

_LAYOUTS = {}


def layout(key):
    """
    Register ``function(request, item) -> (template, context)`` as the layout of ``key``: a
    page's slug, or a model each of whose items is shown by one view.
    """

    def register(function):
        _LAYOUTS[key] = function
        return function

    return register


def article_layout(request, page):
    template = "services/slides.html" if page.layout == Page.Layout.SLIDES else "services/page.html"
    return template, {"page": page}


def layout_for(request, item):
    """
    ``(template, context)`` that show ``item``: a page in its own view's layout or the
    article layout; any other item (a form of supervision, a supervisor) in the layout
    registered for its model.
    """
    if isinstance(item, Page):
        return _LAYOUTS.get(item.slug, article_layout)(request, item)
    return _LAYOUTS[type(item)](request, item)


def render_in_layout(request, item, template_and_context, status=200):
    """Render a layout's ``(template, context)``, marked as a preview while unpublished."""
    template, context = template_and_context
    request.language_item = item  # its addresses in the other languages (core.languages)
    return render(request, template, {**context, "preview": not item.published}, status=status)


def visible_page(request, slug):
    """The page ``slug`` this visitor may see (staff: unpublished too), or 404."""
    return get_object_or_404(visible_to(request, Page), slug=slug)


def content_page(request, slug):
    """
    The page ``slug`` for a view that is not cached whole (it holds a form), or None.

    Staff get it fresh, unpublished too (to preview it); visitors get it from the content
    cache, Markdown rendered, so that the form page costs no query and no rendering for its text.
    """
    if request.user.is_staff:
        return visible_to(request, Page).filter(slug=slug).first()
    return cached_content(f"page:{slug}", lambda: published_page_with_html(slug))


def published_page_with_html(slug):
    page = Page.objects.published().filter(slug=slug).first()
    return page.with_rendered_body() if page else None
