from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone

from core import page_cache
from core.page_cache import cached_public_page
from core.visibility import visible_to
from services.pages import layout, render_in_layout, visible_page

from . import feeds
from .models import LIST_SLUG, Article

PER_PAGE = 10
PAGE_PARAMETER = "sivu"


def page_variant(request):
    """
    The list's page number in its one query-string form (``sivu=2``), "" for the first page,
    or None for anything else (``sivu=1``, ``sivu=x``): rendered uncached, as a 404 or a
    redirect.
    """
    value = request.GET.get(PAGE_PARAMETER)
    if value is None:
        return ""
    if value.isascii() and value.isdigit() and not value.startswith("0") and value != "1":
        return f"{PAGE_PARAMETER}={value}"
    return None


def note_next_publication(times, now):
    """Tell the page cache when the next scheduled article among ``times`` turns visible."""
    page_cache.changes_at(min((when for when in times if when > now), default=None))


@layout(LIST_SLUG)
def article_list_layout(request, page):
    """
    One page of the articles, newest first. The publication times of every published article
    are read in one query: they count the visible ones for the paginator and tell when the
    next scheduled one appears.
    """
    now = timezone.now()
    times = list(Article.objects.filter(published=True).values_list("published_at", flat=True))
    note_next_publication(times, now)
    visible = Article.objects.published(now).select_related("author")
    paginator = Paginator(visible, PER_PAGE)
    paginator.count = sum(1 for when in times if when <= now)
    number = request.GET.get(PAGE_PARAMETER) or 1
    try:
        shown = paginator.page(number)
    except InvalidPage:
        if number == 1:
            shown = None
        else:
            raise Http404("No such page of articles") from None
    return "articles/list.html", {
        "page": page,
        "articles": shown.object_list if shown else [],
        "page_obj": shown,
        "paginator": paginator,
        "page_parameter": PAGE_PARAMETER,
    }


@layout(Article)
def article_detail_layout(request, article):
    forms = [form for form in article.forms.all() if form.published]
    return "articles/detail.html", {"article": article, "related_forms": forms}


@cached_public_page(variant=page_variant)
def article_list(request):
    if request.GET.get(PAGE_PARAMETER) == "1":
        return redirect(request.path)
    page = visible_page(request, LIST_SLUG)
    return render_in_layout(request, page, article_list_layout(request, page))


@cached_public_page
def article_detail(request, slug):
    article = (
        Article.at_address(visible_to(request, Article), slug)
        .select_related("author", "image")
        .prefetch_related("forms")
        .first()
    )
    if article is None:
        raise Http404("No such article")
    if article.address_slug() != slug:
        return redirect(article, permanent=True)
    return render_in_layout(request, article, article_detail_layout(request, article))


article_feed = cached_public_page(feeds.ArticleFeed())
