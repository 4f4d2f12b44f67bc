from urllib.parse import urlencode

from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from core.page_cache import cached_public_page
from services.models import Page
from services.pages import content_page, layout

from . import chart, codes, content, scoring
from .forms import MapForm

# The chart of a given address never changes until staff rename a dimension: browsers may
# keep it a little while, so that the live preview does not ask again for answers seen before.
CHART_MAX_AGE = 5 * 60


@layout(Page.MAP_SLUG)
def questionnaire_layout(request, page, form=None):
    """The questionnaire; the admin's preview shows it blank."""
    if form is None:
        form = MapForm(content.dimensions())
    return "community_map/questionnaire.html", {"form": form, "page": page}


def _questionnaire_page(request, form, status=200):
    template, context = questionnaire_layout(request, content_page(request, Page.MAP_SLUG), form)
    return render(request, template, context, status=status)


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


def _scores(dimension_list, code):
    """Score the answers in ``code``; raises codes.InvalidMapCode for a bad address."""
    answers = codes.decode(code, content.statement_pks(dimension_list))
    return answers, scoring.score(dimension_list, answers)


def normalised_code(request):
    """
    The map's query string ``v=<code>`` with the code in its one form (statements in order), or
    None when it is not valid: addresses that differ only in the order of the answers are the
    same map.
    """
    try:
        answers = codes.decode(
            request.GET.get("v", ""), content.statement_pks(content.dimensions())
        )
    except codes.InvalidMapCode:
        return None
    return urlencode({"v": codes.encode(answers)})


@require_safe
@cached_public_page(variant=normalised_code)
def result(request):
    """
    The map of the answers in the address: chart, table, reflections, recommendations.

    A pure function of the answers, so it is cached like any public page, once per content
    version and normalised code; an invalid address is rendered uncached.
    """
    try:
        answers, scores = _scores(content.dimensions_with_reflections(), request.GET.get("v", ""))
    except codes.InvalidMapCode:
        return render(request, "community_map/invalid.html", status=400)
    code = codes.encode(answers)
    rules = content.rules()
    crisis = scoring.crisis_agreed(scores, answers)
    return render(
        request,
        "community_map/result.html",
        {
            "code": code,
            "scores": scores,
            "overall": scoring.overall(scores),
            "chart": chart.radar(scores),
            "recommendations": scoring.recommend(scores, answers, rules),
            "answered_any": any(s.average is not None for s in scores),
            "crisis": crisis,
            "crisis_form": scoring.crisis_form(rules) if crisis else None,
            # The language switcher's links keep the answers: the map in another language.
            "language_query": urlencode({"v": code}),
        },
    )


@require_safe
@cache_control(public=True, max_age=CHART_MAX_AGE)
def chart_fragment(request):
    """Only the map's figure, for the live preview beside the questionnaire."""
    try:
        _answers, scores = _scores(content.dimensions(), request.GET.get("v", ""))
    except codes.InvalidMapCode:
        return HttpResponseBadRequest(
            _("The address of the map is not valid."), content_type="text/plain; charset=utf-8"
        )
    return render(
        request, "community_map/chart.html", {"scores": scores, "chart": chart.radar(scores)}
    )
