"""
The purchaser's view of the evaluations, under the secret link of their agreement
(processes.links): each round and the change since the previous one, and the one-page
summary as HTML and PDF. Kept private like every page with a secret (core.token_pages), and
in the process's language.
"""

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.http import require_safe

from core.token_pages import token_page
from processes.links import process_for_purchaser_token

from . import results


def _not_found(request):
    return render(request, "evaluations/results_not_found.html", status=404)


@token_page
@require_safe
def purchaser_results(request, token):
    process = process_for_purchaser_token(token)
    if process is None:
        return _not_found(request)
    with translation.override(process.language):
        return render(
            request,
            "evaluations/purchaser_results.html",
            {**results.context(process), "token": token},
        )


@token_page
@require_safe
def purchaser_summary(request, token):
    process = process_for_purchaser_token(token)
    if process is None:
        return _not_found(request)
    with translation.override(process.language):
        return render(
            request, "evaluations/summary.html", {**results.context(process), "token": token}
        )


@token_page
@require_safe
def purchaser_summary_pdf(request, token):
    process = process_for_purchaser_token(token)
    if process is None:
        return _not_found(request)
    return results.summary_pdf_response(process, "arviointi.pdf")
