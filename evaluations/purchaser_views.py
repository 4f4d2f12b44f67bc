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

from core.token_pages import token_page
from processes.links import process_for_purchaser_token

from . import results


def purchasers_process(view):
    """
    Call ``view(request, process, token)`` with the process the purchaser's ``token`` opens,
    in its language; a private 404 for any other token.
    """

    @token_page
    @require_safe
    @wraps(view)
    def wrapper(request, token):
        process = process_for_purchaser_token(token)
        if process is None:
            return render(request, "evaluations/results_not_found.html", status=404)
        with translation.override(process.language):
            return view(request, process, token)

    return wrapper


@purchasers_process
def purchaser_results(request, process, token):
    context = {**results.context(process), "token": token}
    return render(request, "evaluations/purchaser_results.html", context)


@purchasers_process
def purchaser_summary(request, process, token):
    context = {**results.context(process), "token": token}
    return render(request, "evaluations/summary.html", context)


@purchasers_process
def purchaser_summary_pdf(request, process, token):
    return results.summary_pdf_response(process, "arviointi.pdf")
