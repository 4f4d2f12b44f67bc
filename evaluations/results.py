"""
The results of a process's evaluations as pages: for the supervisor in the admin, for the
purchaser through their secret link (processes.links), and the one-page A4 summary as HTML and
as PDF from one template (core.pdf). Every figure comes from ``figures.process_results``.
"""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import translation

from core.pdf import html_to_pdf

from . import chart, figures, rounds


def context(process):
    results = figures.process_results(process)
    labels = [str(item.round.get_kind_display()) for item in results.rounds]
    return {
        "process": process,
        "results": results,
        "round_labels": labels,
        "chart": chart.bars(results.goal_rows + results.question_rows, labels),
        "today": rounds.today(),
    }


def summary_html(process, **extra):
    return render_to_string("evaluations/summary.html", {**context(process), **extra})


SUMMARY_CSS = "css/evaluation-summary.css"


def summary_pdf_response(process, filename):
    """
    The summary as a PDF, in the process's language. Its stylesheet is written into the
    document, read from the source file: the hashed name a page links to in production is not
    one the static finders know.
    """
    with open(finders.find(SUMMARY_CSS), encoding="utf-8") as stylesheet:
        css = stylesheet.read()
    with translation.override(process.language):
        pdf = html_to_pdf(summary_html(process, pdf=True, summary_css=css))
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
