from django.urls import path

from . import views

app_name = "community_map"

urlpatterns = [
    path("", views.questionnaire, name="questionnaire"),
    path("vastaukset/", views.answers, name="answers"),
    path("kartta/", views.result, name="result"),
    path("kartta/kaavio/", views.chart_fragment, name="chart"),
]
