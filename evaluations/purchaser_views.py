"""
The purchaser's view of the evaluations, under the secret link of their agreement
(processes.links): each round and the change since the previous one, and the one-page
summary as HTML and PDF. Kept private like every page with a secret (core.token_pages), and
in the process's language.
"""

from functools import wraps

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe

from core import page_cache
from core.token_pages import token_page
from processes import freshness
from processes.links import process_for_purchaser_token

from . import results, rounds


def purchasers_process(view=None, *, kept=None):
    """
    Call ``view(request, process, token)`` with the process the purchaser's ``token`` opens,
    in its language; a private 404 for any other token.

    A page ``kept`` (its FreshParts, the token among them) is stored per process, and kept
    for early answers (core.page_cache) while no process or round has changed, until the day
    ends (a round opens and closes by its dates): without the token, written in afresh.
    """
    if view is None:
        return lambda view: purchasers_process(view, kept=kept)

    @token_page
    @require_safe
    @page_cache.pinning_content_version
    @wraps(view)
    def wrapper(request, token):
        stamp = freshness.stamp()  # before anything the page shows is read
        process = process_for_purchaser_token(token)
        if process is None:
            return render(request, "evaluations/results_not_found.html", status=404)

        def render_page():
            with translation.override(process.language):
                return view(request, process, token)

        if kept is None:
            return render_page()
        return freshness.serve(
            request,
            f"{kept.early_name}:{process.pk}",
            render_page,
            kept,
            stamp,
            rounds.end_of_today(),
        )

    return wrapper


# The token stands before the page's own name (…/<token>/arvioinnit/yhteenveto/).
RESULTS_FRESH = page_cache.FreshParts(
    texts={"token": page_cache.address_segment_from_end(2)},
    csrf=False,
    early_name="evaluations.purchaser_results",
)
SUMMARY_FRESH = page_cache.FreshParts(
    texts={"token": page_cache.address_segment_from_end(3)},
    csrf=False,
    early_name="evaluations.purchaser_summary",
)


@purchasers_process(kept=RESULTS_FRESH)
def purchaser_results(request, process, token):
    context = {**results.context(process), "token": token}
    return render(request, "evaluations/purchaser_results.html", context)


@purchasers_process(kept=SUMMARY_FRESH)
def purchaser_summary(request, process, token):
    context = {**results.context(process), "token": token}
    return render(request, "evaluations/summary.html", context)


@purchasers_process
def purchaser_summary_pdf(request, process, token):
    return results.summary_pdf_response(process, "arviointi.pdf")
