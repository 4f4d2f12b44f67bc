from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from services.models import Page
from services.page_cache import cached_public_page
from services.views import content_page

from . import chart, codes, content, scoring
from .forms import MapForm


def _questionnaire_page(request, form, status=200):
    return render(
        request,
        "community_map/questionnaire.html",
        {"form": form, "page": content_page(request, Page.MAP_SLUG)},
        status=status,
    )


@cached_public_page
def _blank_questionnaire(request):
    return _questionnaire_page(request, MapForm(content.dimensions()))


@require_safe
def questionnaire(request):
    """
    The statements to rate, sent with GET to ``answers``: no token, no cookie, nothing stored.

    Blank, the page is the same for everyone and comes from the page cache. "Change the
    answers" on a map links here with its code, ``?v=…``: that page is drawn for its answers
    and never cached, since the page cache ignores the query string.
    """
    if "v" not in request.GET:
        return _blank_questionnaire(request)
    dimension_list = content.dimensions()
    try:
        answers = codes.decode(request.GET["v"], content.statement_pks(dimension_list))
    except codes.InvalidMapCode:
        answers = {}
    return _questionnaire_page(request, MapForm(dimension_list, answers=answers))


@require_safe
def answers(request):
    """The submitted questionnaire: on to the map's short address, or back with the errors."""
    form = MapForm(content.dimensions(), request.GET)
    if not form.is_valid():
        return _questionnaire_page(request, form, status=400)
    code = codes.encode(form.answers())
    return HttpResponseRedirect(f"{reverse('community_map:result')}?v={code}")


@require_safe
def result(request):
    """The map of the answers in the address: chart, table, reflections, recommendations."""
    dimension_list = content.dimensions_with_reflections()
    code = request.GET.get("v", "")
    try:
        answers = codes.decode(code, content.statement_pks(dimension_list))
    except codes.InvalidMapCode:
        return render(request, "community_map/invalid.html", status=400)
    scores = scoring.score(dimension_list, answers)
    return render(
        request,
        "community_map/result.html",
        {
            "code": code,
            "scores": scores,
            "overall": scoring.overall(scores),
            "chart": chart.radar(scores),
            "recommendations": scoring.recommend(scores, answers, content.rules()),
            "answered_any": any(s.average is not None for s in scores),
        },
    )
