from django.urls import path

from core.languages import localized

from . import answer_views, purchaser_views

app_name = "evaluations"

urlpatterns = [
    path("", answer_views.enter_code, name="enter_code"),
    path(localized("kiitos/", sv="tack/", en="thanks/"), answer_views.thanks, name="thanks"),
    path(
        localized("vastaa/<token:code>/", sv="svara/<token:code>/", en="answer/<token:code>/"),
        answer_views.answer,
        name="answer",
    ),
    path(
        localized("tulokset/<token:token>/", sv="resultat/<token:token>/",
                  en="results/<token:token>/"),
        purchaser_views.purchaser_results,
        name="purchaser_results",
    ),
    path(
        localized("tulokset/<token:token>/yhteenveto/", sv="resultat/<token:token>/sammandrag/",
                  en="results/<token:token>/summary/"),
        purchaser_views.purchaser_summary,
        name="purchaser_summary",
    ),
    path(
        localized("tulokset/<token:token>/yhteenveto.pdf",
                  sv="resultat/<token:token>/sammandrag.pdf",
                  en="results/<token:token>/summary.pdf"),
        purchaser_views.purchaser_summary_pdf,
        name="purchaser_summary_pdf",
    ),
]  # fmt: skip
