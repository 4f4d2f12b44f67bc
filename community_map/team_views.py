"""
The team's map: create a survey, answer it, read the results, compare one's own map.

Every page here may carry a secret token in its address, so none is ever cached in the shared
page cache, and each tells browsers and proxies to keep nothing (``private, no-store``), to
send no Referer onward (the token would travel in it) and to index nothing.

The forms posted from a page with a token are exempt from Django's CSRF check, deliberately:
under ``Referrer-Policy: no-referrer`` browsers send ``Origin: null`` with a form's POST, which
the check must refuse; and it would protect nothing here, since the secret token in the
address is itself what authorises the request: a forged request needs the token, and whoever
holds it can send the request directly. Only the leader's creation form, on a page without a
token, keeps the CSRF check.
"""

from datetime import timedelta
from functools import wraps

from django.conf import settings
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core import ratelimit
from core.clients import client_address

from . import chart, codes, content, scoring, team
from .forms import MapForm, TeamSurveyForm
from .models import TeamSurvey

HTTP_TOO_MANY_REQUESTS = 429
ANSWERED_COOKIE = "tiimikartta-vastattu"


def keep_private(response, *, referrer=False):
    """Keep ``response`` out of every cache and index; with a token, out of Referer too."""
    response["Cache-Control"] = "private, no-store"
    response["X-Robots-Tag"] = "noindex"
    if not referrer:
        response["Referrer-Policy"] = "no-referrer"
    return response


def private_page(view):
    """Keep a page with a token in its address out of every cache, Referer and index."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return keep_private(view(request, *args, **kwargs))

    return wrapper


def _not_found(request):
    return render(request, "community_map/team/not_found.html", status=404)


def _gone(request, survey):
    return render(request, "community_map/team/closed.html", {"survey": survey}, status=410)


def _rate_limited(request):
    return render(request, "community_map/team/rate_limited.html", status=HTTP_TOO_MANY_REQUESTS)


def _absolute(path):
    return team.site_url(path)


def _answer_path(survey):
    return reverse("community_map:team_answer", args=[survey.answer_token])


# Creating ------------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def create(request):
    """The leader's form; on success the two addresses, shown this once."""
    status = 200
    if request.method == "POST":
        form = TeamSurveyForm(request.POST, today=team.today())
        if form.is_valid() and not form.is_spam:
            key = ratelimit.keyed_hash("team-create", client_address(request) or "unknown")
            if not ratelimit.hit(key, team.CREATE_LIMIT, team.CREATE_PERIOD):
                return keep_private(_rate_limited(request))
            data = form.cleaned_data
            with transaction.atomic():
                survey, results_token = team.create_survey(
                    name=data["name"],
                    threshold=data["threshold"],
                    ends_on=data["ends_on"],
                    reveal=data["reveal"],
                    email=data["email"],
                )
            created = render(
                request,
                "community_map/team/created.html",
                {
                    "survey": survey,
                    "answer_url": _absolute(_answer_path(survey)),
                    "results_url": _absolute(
                        reverse("community_map:team_results", args=[results_token])
                    ),
                    "emailed": bool(data["email"]),
                },
            )
            return keep_private(created)
        if form.is_valid():  # only the honeypot was filled in
            form.add_error(
                None, _("The survey could not be created. Please check the form and try again.")
            )
        status = 400
    else:
        form = TeamSurveyForm(today=team.today())
    page = render(
        request,
        "community_map/team/create.html",
        {"form": form, "max_answers": team.MAX_ANSWERS, "retention_days": team.RETENTION_DAYS},
        status=status,
    )
    # No token on this page: its own form keeps the CSRF check, which needs the Origin.
    return keep_private(page, referrer=True)


# Answering -----------------------------------------------------------------------------------


def _questionnaire(request, survey, form, status=200):
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
            "form_action": _answer_path(survey),
            "submit_label": _("Send my answers"),
            "form_note": _(
                "Only your answers are stored, without your name, address or the time. "
                "Nobody can see them one by one."
            ),
            "max_answers": team.MAX_ANSWERS,
        },
        status=status,
    )


@csrf_exempt  # the answer token authorises; see the module's docstring
@private_page
@require_http_methods(["GET", "HEAD", "POST"])
def answer(request, token):
    """A member's questionnaire: the personal map's own form, posted to the survey."""
    survey = team.survey_for_answering(token)
    if survey is None:
        return _not_found(request)
    if team.is_closed(survey) or survey.answer_count >= team.MAX_ANSWERS:
        return _gone(request, survey)
    already = request.COOKIES.get(ANSWERED_COOKIE) == "1"
    if already:
        return render(
            request,
            "community_map/team/already_answered.html",
            {"survey": survey},
            status=409 if request.method == "POST" else 200,
        )
    if request.method != "POST":
        return _questionnaire(request, survey, MapForm(content.dimensions()))
    form = MapForm(content.dimensions(), request.POST)
    if not form.is_valid():
        return _questionnaire(request, survey, form, status=400)
    key = ratelimit.keyed_hash("team-answer", client_address(request) or "unknown")
    if not ratelimit.hit(key, team.ANSWER_LIMIT, team.ANSWER_PERIOD):
        return _rate_limited(request)
    answers = form.answers()
    try:
        team.store_answer(survey, answers)
    except team.SurveyClosed:
        return _gone(request, survey)
    response = redirect("community_map:team_own", team.own_map_reference(survey, answers))
    # A soft guard against answering twice from this browser; it says nothing about anyone.
    response.set_cookie(
        ANSWERED_COOKIE,
        "1",
        max_age=int(timedelta(days=(survey.ends_on - team.today()).days + 1).total_seconds()),
        path=_answer_path(survey),
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


@private_page
@require_safe
def own_map(request, reference):
    """The member's own map, over the team's once the team's figures are shown."""
    try:
        survey_pk, code = team.read_own_map_reference(reference)
        dimension_list = content.dimensions_with_reflections()
        answers = codes.decode(code, content.statement_pks(dimension_list))
    except (team.InvalidReference, codes.InvalidMapCode):
        return _not_found(request)
    own_scores = scoring.score(dimension_list, answers)
    survey = TeamSurvey.objects.filter(pk=survey_pk).first()
    team_map = team.team_map(survey) if survey else None
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
        },
    )


# Results -------------------------------------------------------------------------------------


def _results_context(survey, token):
    team_map = team.team_map(survey)
    return {
        "survey": survey,
        "token": token,
        "team_map": team_map,
        "scores": team_map.scores,
        "chart": chart.team_radar(team_map.scores) if team_map.shown else None,
        "closed": team.is_closed(survey),
        "answer_url": _absolute(_answer_path(survey)),
        "delete_on": survey.ends_on + timedelta(days=team.RETENTION_DAYS),
        "max_answers": team.MAX_ANSWERS,
        "answered_any": team_map.shown,
        "recommendations": team_map.recommendations,
    }


@private_page
@require_safe
def results(request, token):
    survey = team.survey_for_results(token)
    if survey is None:
        return _not_found(request)
    return render(request, "community_map/team/results.html", _results_context(survey, token))


@private_page
@require_safe
def handout(request, token):
    """The team map on one A4 page, for a team meeting."""
    survey = team.survey_for_results(token)
    if survey is None:
        return _not_found(request)
    return render(request, "community_map/team/handout.html", _results_context(survey, token))


def _hand_over(request, token, url_name):
    """On to ``url_name`` with a short-lived reference: the server attaches the figures."""
    survey = team.survey_for_results(token)
    if survey is None:
        return _not_found(request)
    reference = team.reference_for(survey)
    return HttpResponseRedirect(f"{reverse(url_name)}?tiimikartta={reference}")


@private_page
@require_safe
def send_to_supervisor(request, token):
    """On to the contact form with the team map attached."""
    return _hand_over(request, token, "contact:form")


@private_page
@require_safe
def book_with_map(request, token):
    """On to the free times; the booking made from them carries the team map."""
    return _hand_over(request, token, "booking:times")


@csrf_exempt  # the results token authorises; see the module's docstring
@private_page
@require_POST
def close(request, token):
    survey = team.survey_for_results(token)
    if survey is None:
        return _not_found(request)
    team.close(survey)
    return redirect("community_map:team_results", token)


@csrf_exempt  # the results token authorises; see the module's docstring
@private_page
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request, token):
    survey = team.survey_for_results(token)
    if survey is None:
        return _not_found(request)
    if request.method == "POST":
        survey.delete()
        return redirect("community_map:team_deleted")
    return render(request, "community_map/team/delete.html", {"survey": survey, "token": token})


@private_page
@require_safe
def deleted(request):
    return render(request, "community_map/team/deleted.html")
