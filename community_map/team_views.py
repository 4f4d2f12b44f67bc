"""
The team leader's pages: create a survey, print its answer codes, read the results, print the
handout, send the map on, close and delete. See ``team_http`` for what every page shares.
"""

import re
from datetime import timedelta
from urllib.parse import urlsplit

from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from core import page_cache, ratelimit
from core.clients import client_address

from . import chart, team, team_figures
from .forms import FollowUpForm, TeamSurveyForm
from .team_http import keep_private, not_found, private_page, rate_limited


def _absolute(path):
    return team.site_url(path)


def _answer_links(survey, results_token):
    """(code, address) of each of the survey's answer codes."""
    return [
        (code, _absolute(reverse("community_map:team_answer", args=[code])))
        for code in team.codes_of(survey, results_token)
    ]


# Creating ------------------------------------------------------------------------------------


@require_http_methods(["GET", "HEAD", "POST"])
def create(request):
    """The leader's form; on success the results address, shown this once, and the codes."""
    status = 200
    if request.method == "POST":
        form = TeamSurveyForm(request.POST, today=team.today())
        if form.is_valid() and not form.is_spam:
            key = ratelimit.keyed_hash("team-create", client_address(request) or "unknown")
            if not ratelimit.hit(key, team.CREATE_LIMIT, team.CREATE_PERIOD):
                return keep_private(rate_limited(request))
            data = form.cleaned_data
            with transaction.atomic():
                survey, results_token = team.create_survey(
                    name=data["name"],
                    member_count=data["member_count"],
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
                    "token": results_token,
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
        {"form": form, "retention_days": team.RETENTION_DAYS},
        status=status,
    )
    # No token on this page: its own form keeps the CSRF check, which needs the Origin.
    return keep_private(page, referrer=True)


# The answer codes ----------------------------------------------------------------------------


def _slip_address():
    """
    The code entry page's address as printed on a slip, without the scheme, in parts that end
    at each "/" (where a narrow slip may break the line).
    """
    address = urlsplit(_absolute(reverse("community_map:team_enter_code")))
    return re.findall(r"[^/]*/|[^/]+$", f"{address.netloc}{address.path}")


@private_page
@require_safe
def answer_codes(request, token):
    """The answer codes as slips to cut from A4 sheets, and as one link each."""
    survey = team.survey_for_results(token)
    if survey is None:
        return not_found(request)
    links = _answer_links(survey, token)
    per_sheet = team.SLIPS_PER_SHEET
    return render(
        request,
        "community_map/team/codes.html",
        {
            "survey": survey,
            "token": token,
            "sheets": [
                links[start : start + per_sheet] for start in range(0, len(links), per_sheet)
            ],
            "answer_links": links,
            "slip_address": _slip_address(),
            "closed": team.is_closed(survey),
        },
    )


# Results -------------------------------------------------------------------------------------


def _results_context(survey, token, follow_up_form=None):
    team_map = team_figures.team_map(survey)
    closed = team.is_closed(survey)
    follow_up_pk = getattr(survey, "follow_up_pk", None)
    context = {
        "survey": survey,
        "token": token,
        "team_map": team_map,
        "scores": team_map.scores,
        "chart": chart.team_radar(team_map.scores) if team_map.shown else None,
        "closed": closed,
        "delete_on": survey.ends_on + timedelta(days=team.RETENTION_DAYS),
        "recommendations": team_map.recommendations,
        "has_follow_up": follow_up_pk is not None,
        "follow_up_linked": bool(getattr(survey, "follow_up_link", "")),
        "can_follow_up": closed and survey.has_codes and follow_up_pk is None,
        "follow_up_form": follow_up_form or FollowUpForm(today=team.today()),
        "baseline": survey.follows,
    }
    comparison = team_figures.comparison(survey)
    if comparison is not None:
        context["comparison"] = comparison
        if comparison.shown:
            context["comparison_chart"] = chart.comparison_radar(
                comparison.before.scores, comparison.after.scores
            )
    return context


def _state(survey):
    """What of a survey's state its results page shows, as text for a cache key."""
    closed = team.is_closed(survey)
    return (
        f"{survey.pk}:{survey.answer_count}:{team_figures.published_state(survey, closed)}"
        f":{int(closed)}:{survey.ends_on.isoformat()}"
    )


def _page_state(survey):
    """The survey's state, its follow-up's id and the state of the survey it repeats."""
    baseline = _state(survey.follows) if survey.follows is not None else "-"
    follow_up = getattr(survey, "follow_up_pk", None) or "-"
    return f"{_state(survey)}:{follow_up}:{baseline}"


# The results token, in the page's links, is written in for each response from the page's
# own address.
RESULTS_FRESH = page_cache.FreshParts(
    texts={"token": page_cache.address_segment},
    csrf=False,
    early_name="community_map.team_results",
)


@private_page(compress=True)
@require_safe
@page_cache.pinning_content_version
def results(request, token):
    """
    The leader's results: stored once for each state of the survey that the page shows (its
    answer count, its published figures, whether it is closed, its last day; whether it has
    a follow-up, and the state of the survey it follows up) and content version, with the
    results token written into its links for each response. Kept whole for
    early answers to its address while no survey has changed and the survey's last day lasts.
    """
    surveys_stamp = team.surveys_stamp()  # before the survey is read
    survey = team.survey_for_results(token)
    if survey is None:
        return not_found(request)
    response = page_cache.serve_with_fresh_parts(
        request,
        f"team-results:{team.cache_name(survey)}:{_page_state(survey)}",
        lambda: render(request, "community_map/team/results.html", _results_context(survey, token)),
        RESULTS_FRESH,
    )
    return page_cache.keep_early_while(
        request,
        response,
        "",
        {team.SURVEYS_STAMP_KEY: surveys_stamp},
        team.open_until(survey),
        fresh=RESULTS_FRESH,
    )


@private_page(compress=True)
@require_safe
def handout(request, token):
    """The team map on one A4 page, for a team meeting."""
    survey = team.survey_for_results(token)
    if survey is None:
        return not_found(request)
    context = _results_context(survey, token)
    # Printed, so the booking page's whole address, as the team can type it in.
    context["booking_address"] = team.site_url(reverse("booking:times"))
    return render(request, "community_map/team/handout.html", context)


# Follow-ups ----------------------------------------------------------------------------------


@csrf_exempt  # the results token authorises; see team_http's docstring
@private_page
@require_POST
def start_follow_up(request, token):
    """
    Start the follow-up of a closed survey: the same statements, threshold, figures' rule and
    members, new answer codes, and the last day the leader chose (14 days from today if none).
    On success on to the follow-up's results, which offer its codes to print; a last day in
    the past or too far ahead shows the results page with the error (400); a second start (a
    double click) or one while the survey is open is refused with a page that says why (409).
    """
    survey = team.survey_for_results(token)
    if survey is None:
        return not_found(request)
    # Starting a follow-up makes a survey: it counts against the same limit as the form.
    key = ratelimit.keyed_hash("team-create", client_address(request) or "unknown")
    if not ratelimit.hit(key, team.CREATE_LIMIT, team.CREATE_PERIOD):
        return rate_limited(request)
    form = FollowUpForm(request.POST, today=team.today())
    if not form.is_valid():
        # The form is at the end of a long page: the browser takes the reader to it.
        form.fields["ends_on"].widget.attrs["autofocus"] = True
        context = _results_context(survey, token, follow_up_form=form)
        return render(request, "community_map/team/results.html", context, status=400)
    try:
        _follow_up, follow_up_token = team.start_follow_up(
            survey, results_token=token, ends_on=form.cleaned_data["ends_on"]
        )
    except team.FollowUpRefused as refused:
        return render(
            request,
            "community_map/team/follow_up_refused.html",
            {"survey": survey, "token": token, "reason": refused.reason},
            status=409,
        )
    return redirect("community_map:team_results", follow_up_token)


def _to_linked_results(request, token, linked_token):
    """On to the results of the survey ``linked_token(survey, token)`` names, or 404."""
    survey = team.survey_for_results(token)
    other_token = linked_token(survey, token) if survey is not None else None
    if not other_token:
        return not_found(request)
    return redirect("community_map:team_results", other_token)


@private_page
@require_safe
def to_follow_up(request, token):
    """On to the results of the survey's follow-up, whose token comes from this one's."""
    return _to_linked_results(request, token, team.linked_follow_up_token)


@private_page
@require_safe
def to_baseline(request, token):
    """Back to the results of the survey this one follows up, opened with this one's token."""
    return _to_linked_results(request, token, team.linked_baseline_token)


def _hand_over(request, token, url_name):
    """On to ``url_name`` with a short-lived reference: the server attaches the figures."""
    survey = team.survey_for_results(token)
    if survey is None:
        return not_found(request)
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


@csrf_exempt  # the results token authorises; see team_http's docstring
@private_page
@require_POST
def close(request, token):
    survey = team.survey_for_results(token)
    if survey is None:
        return not_found(request)
    team.close(survey)
    return redirect("community_map:team_results", token)


@csrf_exempt  # the results token authorises; see team_http's docstring
@private_page
@require_http_methods(["GET", "HEAD", "POST"])
def delete(request, token):
    survey = team.survey_for_results(token)
    if survey is None:
        return not_found(request)
    if request.method == "POST":
        survey.delete()
        return redirect("community_map:team_deleted")
    return render(request, "community_map/team/delete.html", {"survey": survey, "token": token})


@private_page
@require_safe
def deleted(request):
    return render(request, "community_map/team/deleted.html")
