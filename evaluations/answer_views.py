"""
A participant's pages: typing the code from a slip, answering the evaluation with it once, and
the thanks. No login, no JavaScript.

Like the team map's member pages (community_map.team_member_views), these address the
participant with "sinä", and they speak the process's language whatever the address's. Pages
with a code in the address are kept private (core.token_pages): no cache, no Referer, no index.
"""

from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from core import answer_codes, page_cache
from core.token_pages import keep_private, token_page
from processes import freshness

from . import rounds
from .forms import AnswerForm, EvaluationCodeForm

HTTP_TOO_MANY_REQUESTS = 429

PARTICIPANT_TEMPLATES = (
    "evaluations/enter_code.html",
    "evaluations/answer.html",
    "evaluations/thanks.html",
    "evaluations/closed.html",
    "evaluations/code_used.html",
)


def _rate_limited(request):
    return render(request, "evaluations/rate_limited.html", status=HTTP_TOO_MANY_REQUESTS)


@require_http_methods(["GET", "HEAD", "POST"])
def enter_code(request):
    """The address on the slips: type the code, go on to the questions."""
    return answer_codes.enter_code(
        request,
        EvaluationCodeForm,
        "evaluations/enter_code.html",
        "evaluations:answer",
        within_limit=rounds.within_code_limit,
        refused=_rate_limited,
        private=keep_private,
        # No secret in this address: its form keeps the CSRF check, which needs the Origin
        # header.
        page=_never_cached,
    )


def _never_cached(response):
    add_never_cache_headers(response)
    return response


def _render(request, ballot, template, context=None, status=200):
    with translation.override(ballot.round.process.language):
        response = render(
            request,
            template,
            {
                "round": ballot.round,
                "process": ballot.round.process,
                "today": rounds.today(),
                **(context or {}),
            },
            status=status,
        )
    response["Content-Language"] = ballot.round.process.language
    return response


# The participant's code, in the form's address and nowhere else on the page, is written in
# for each response: from the page's own address, which holds the code exactly as printed.
QUESTIONS_FRESH = page_cache.FreshParts(
    texts={"code": page_cache.address_segment},
    csrf=False,
    early_name="evaluations.answer",
)


def _blank_questions(request, ballot, goals, stamp):
    """
    The questions as every participant of the round sees them: drawn once per round, state of
    the processes and content version, with this participant's code written in. Kept whole
    for early answers to its address while nothing has changed, until the day ends.
    """
    return freshness.serve(
        request,
        f"evaluation-answer:{ballot.round.pk}",
        lambda: _render(request, ballot, "evaluations/answer.html", {"form": AnswerForm(goals)}),
        QUESTIONS_FRESH,
        stamp,
        rounds.end_of_today(),
    )


@csrf_exempt  # the answer code authorises; see core.token_pages
@token_page
@require_http_methods(["GET", "HEAD", "POST"])
@page_cache.pinning_content_version
def answer(request, code):
    """The evaluation's questions, answered once with the participant's code."""
    if not rounds.within_code_limit(request):
        return _rate_limited(request)
    stamp = freshness.stamp()  # before the round is read
    ballot = rounds.ballot_for(code)
    if ballot is None:
        return render(request, "evaluations/not_found.html", status=404)
    if not rounds.is_open(ballot.round):
        return _render(request, ballot, "evaluations/closed.html", status=410)
    if ballot.used:
        return _render(request, ballot, "evaluations/code_used.html", status=410)
    if code != ballot.code:  # typed by hand: on to the address as printed
        return redirect("evaluations:answer", ballot.code)
    goals = ballot.round.process.goals.order_by("position", "pk")
    if request.method != "POST":
        return _blank_questions(request, ballot, goals, stamp)
    form = AnswerForm(goals, request.POST)
    if not form.is_valid():
        return _render(request, ballot, "evaluations/answer.html", {"form": form}, status=400)
    try:
        rounds.store_answer(ballot, form.ratings())
    except rounds.RoundClosed:
        return _render(request, ballot, "evaluations/closed.html", status=410)
    except rounds.CodeUsed:
        return _render(request, ballot, "evaluations/code_used.html", status=410)
    with translation.override(ballot.round.process.language):
        return redirect("evaluations:thanks")


@require_safe
def thanks(request):
    return render(request, "evaluations/thanks.html")
