from django.urls import path

from core.languages import localized

from . import answer_views

app_name = "evaluations"

urlpatterns = [
    path("", answer_views.enter_code, name="enter_code"),
    path(localized("kiitos/", sv="tack/", en="thanks/"), answer_views.thanks, name="thanks"),
    path(
        localized("vastaa/<token:code>/", sv="svara/<token:code>/", en="answer/<token:code>/"),
        answer_views.answer,
        name="answer",
    ),
]
