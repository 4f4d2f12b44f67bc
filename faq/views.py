from itertools import groupby

from core.page_cache import cached_public_page
from services.models import Page
from services.pages import layout, render_in_layout, visible_page

from .models import Question


@layout(Page.FAQ_SLUG)
def questions_layout(request, page):
    published = Question.with_answers_rendered(
        list(Question.objects.published().select_related("category"))
    )
    return "faq/questions.html", {
        "page": page,
        "questions": published,
        "categories": [
            (category, list(items))
            for category, items in groupby(published, key=lambda q: q.category)
        ],
    }


@cached_public_page
def questions(request):
    page = visible_page(request, Page.FAQ_SLUG)
    return render_in_layout(request, page, questions_layout(request, page))
