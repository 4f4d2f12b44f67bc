"""
A team member's pages: typing the code from a slip, answering with it once, and their own map
over the team's.
"""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from core import answer_codes, page_cache

from . import chart, codes, content, scoring, team, team_figures
from .forms import AnswerCodeForm, MapForm
from .models import TeamSurvey
from .team_http import (
    closed,
    code_used,
    keep_private,
    not_found,
    private_page,
    rate_limited,
    within_code_limit,
)

# The one place where the site says "sinä": a team member answering their team's map is
# addressed as one colleague addresses another, on these pages only (the slip's address, the
# questionnaire, their own map, and the notices that the survey has closed or the code was
# used). Every other public page, email and invite addresses its reader with "te"; texts the
# member's questionnaire shares with the public map are worded without either.
MEMBER_TEMPLATES = (
    "community_map/team/enter_code.html",
    "community_map/team/answer.html",
    "community_map/team/own.html",
    "community_map/team/closed.html",
    "community_map/team/code_used.html",
)


@require_http_methods(["GET", "HEAD", "POST"])
def enter_code(request):
    """The address on the slips: type the code, go on to the questionnaire."""
    return answer_codes.enter_code(
        request,
        AnswerCodeForm,
        "community_map/team/enter_code.html",
        "community_map:team_answer",
        within_limit=within_code_limit,
        refused=rate_limited,
        private=keep_private,
        # No secret in this page's address: its form keeps the CSRF check, which needs the
        # Origin header.
        page=lambda page: keep_private(page, referrer=True),
    )


def _questionnaire(request, ballot, form, status=200):
    survey = ballot.survey
    if survey.name:
        title = _("Team map: %(name)s") % {"name": survey.name}
    else:
        title = _("Team work community map")
    return render(
        request,
        "community_map/team/answer.html",
        {
            "form": form,
            "survey": survey,
            "page": {
                "title": title,
                "lead": _(
                    "Your team is mapping its work together. Answer as you see things: your "
                    "answers are anonymous and shown only as part of the whole team's figures."
                ),
            },
            "form_method": "post",
            "form_action": reverse("community_map:team_answer", args=[ballot.code]),
            "submit_label": _("Send my answers"),
            "form_note": _(
                "Only your answers are stored, without your name, address, code or the time. "
                "Your code then stops working, so that nobody can answer with it again."
            ),
        },
        status=status,
    )


# The member's code, in the form's address and nowhere else on the page, is written in for
# each response: from the page's own address, which holds the code exactly as printed.
QUESTIONNAIRE_FRESH = page_cache.FreshParts(
    texts={"code": page_cache.address_segment},
    csrf=False,
    early_name="community_map.team_answer",
)


def _blank_questionnaire(request, ballot, surveys_stamp):
    """
    The questionnaire as every member of the survey sees it: stored once per survey and content
    version, with this member's code written in. Kept whole for early answers to its address
    while no survey has changed and until the survey's last day is over.
    """
    response = page_cache.serve_with_fresh_parts(
        request,
        f"team-answer:{team.cache_name(ballot.survey)}",
        lambda: _questionnaire(request, ballot, MapForm(content.survey_dimensions(ballot.survey))),
        QUESTIONNAIRE_FRESH,
    )
    return page_cache.keep_early_while(
        request,
        response,
        "",
        {team.SURVEYS_STAMP_KEY: surveys_stamp},
        team.open_until(ballot.survey),
        fresh=QUESTIONNAIRE_FRESH,
    )


@csrf_exempt  # the answer code authorises; see team_http's docstring
@private_page(compress=True)
@require_http_methods(["GET", "HEAD", "POST"])
@page_cache.pinning_content_version
def answer(request, code):
    """A member's questionnaire, answered once with their code."""
    if not within_code_limit(request):
        return rate_limited(request)
    surveys_stamp = team.surveys_stamp()  # before the survey is read
    ballot = team.ballot_for(code)
    if ballot is None:
        old_survey = team.survey_of_shared_link(code)
        return closed(request, old_survey) if old_survey else not_found(request)
    if team.is_closed(ballot.survey):
        return closed(request, ballot.survey)
    if ballot.used:
        return code_used(request, ballot.survey)
    if request.method != "POST":
        if code != ballot.code:  # typed by hand: on to the address as printed
            return redirect("community_map:team_answer", ballot.code)
        return _blank_questionnaire(request, ballot, surveys_stamp)
    form = MapForm(content.survey_dimensions(ballot.survey), request.POST)
    if not form.is_valid():
        return _questionnaire(request, ballot, form, status=400)
    answers = form.answers()
    try:
        team.store_answer(ballot, answers)
    except team.SurveyClosed:
        return closed(request, ballot.survey)
    except team.CodeUsed:
        return code_used(request, ballot.survey)
    return redirect("community_map:team_own", team.own_map_reference(ballot.survey, answers))


@private_page(compress=True)
@require_safe
def own_map(request, reference):
    """The member's own map, over exactly what the results page shows of the team."""
    try:
        survey_pk, code = team.read_own_map_reference(reference)
    except team.InvalidReference:
        return not_found(request)
    survey = TeamSurvey.objects.filter(pk=survey_pk).first()
    # The statements the member's survey asked (a follow-up's are its baseline's).
    if survey is not None:
        dimension_list = content.survey_dimensions(survey, with_reflections=True)
    else:
        dimension_list = content.dimensions_with_reflections()
    try:
        answers = codes.decode(code, content.statement_pks(dimension_list))
    except codes.InvalidMapCode:
        return not_found(request)
    own_scores = scoring.score(dimension_list, answers)
    team_map = team_figures.team_map(survey) if survey else None
    shown = team_map is not None and team_map.shown
    return render(
        request,
        "community_map/team/own.html",
        {
            "survey": survey,
            "team_map": team_map,
            "code": code,
            "own_scores": own_scores,
            "scores": team_map.scores if shown else own_scores,
            "chart": chart.team_radar(team_map.scores, own=own_scores)
            if shown
            else chart.radar(own_scores),
            "rows": list(zip(own_scores, team_map.scores, strict=True)) if shown else [],
            "closed": survey is not None and team.is_closed(survey),
        },
    )
