from django.urls import path

from . import team_member_views, team_views, views

app_name = "community_map"

urlpatterns = [
    path("", views.questionnaire, name="questionnaire"),
    path("vastaukset/", views.answers, name="answers"),
    path("kartta/", views.result, name="result"),
    path("kartta/kaavio/", views.chart_fragment, name="chart"),
    path("tiimi/", team_views.create, name="team_create"),
    path("tiimi/vastaa/", team_member_views.enter_code, name="team_enter_code"),
    path("tiimi/vastaa/<token:code>/", team_member_views.answer, name="team_answer"),
    path("tiimi/oma/<token:reference>/", team_member_views.own_map, name="team_own"),
    path("tiimi/tulokset/<token:token>/", team_views.results, name="team_results"),
    path("tiimi/tulokset/<token:token>/koodit/", team_views.answer_codes, name="team_codes"),
    path("tiimi/tulokset/<token:token>/tuloste/", team_views.handout, name="team_handout"),
    path("tiimi/tulokset/<token:token>/laheta/", team_views.send_to_supervisor, name="team_send"),
    path("tiimi/tulokset/<token:token>/varaa/", team_views.book_with_map, name="team_book"),
    path("tiimi/tulokset/<token:token>/sulje/", team_views.close, name="team_close"),
    path("tiimi/tulokset/<token:token>/poista/", team_views.delete, name="team_delete"),
    path("tiimi/poistettu/", team_views.deleted, name="team_deleted"),
]
