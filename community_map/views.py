from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse

from services.models import Page
from services.views import content_page

from . import chart, codes, content, scoring
from .forms import MapForm


def questionnaire(request):
    """The statements to rate; the answers go to the result's address, nothing is stored."""
    dimension_list = content.dimensions()
    status = 200
    if request.method == "POST":
        form = MapForm(dimension_list, request.POST)
        if form.is_valid():
            code = codes.encode(form.answers())
            return HttpResponseRedirect(f"{reverse('community_map:result')}?v={code}")
        status = 400
    else:
        try:
            answers = codes.decode(request.GET.get("v", ""), content.statement_pks(dimension_list))
        except codes.InvalidMapCode:
            answers = {}
        form = MapForm(dimension_list, answers=answers)
    return render(
        request,
        "community_map/questionnaire.html",
        {"form": form, "page": content_page(request, Page.MAP_SLUG)},
        status=status,
    )


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
