from itertools import groupby

from django.shortcuts import get_object_or_404, render

from core.page_cache import cached_public_page
from services.models import Page
from services.views import visible_to

from .models import Question


@cached_public_page
def questions(request):
    page = get_object_or_404(visible_to(request, Page), slug=Page.FAQ_SLUG)
    published = list(Question.objects.published().select_related("category"))
    return render(
        request,
        "faq/questions.html",
        {
            "page": page,
            "preview": not page.published,
            "questions": published,
            "categories": [
                (category, list(items))
                for category, items in groupby(published, key=lambda q: q.category)
            ],
        },
    )
