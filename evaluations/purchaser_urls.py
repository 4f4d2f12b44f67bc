"""The purchaser's evaluations, under their agreement's secret link (tyonohjaus/urls.py)."""

from django.urls import path

from core.languages import localized

from . import purchaser_views

app_name = "evaluation_results"

urlpatterns = [
    path("", purchaser_views.purchaser_results, name="results"),
    path(
        localized("yhteenveto/", sv="sammandrag/", en="summary/"),
        purchaser_views.purchaser_summary,
        name="summary",
    ),
    path(
        localized("yhteenveto.pdf", sv="sammandrag.pdf", en="summary.pdf"),
        purchaser_views.purchaser_summary_pdf,
        name="summary_pdf",
    ),
]
