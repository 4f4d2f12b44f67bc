from django.urls import path

from core.languages import localized

from . import team_member_views, team_views, views

app_name = "community_map"

urlpatterns = [
    path("", views.questionnaire, name="questionnaire"),
    path(localized("vastaukset/", sv="svar/", en="answers/"), views.answers, name="answers"),
    path(localized("kartta/", sv="karta/", en="map/"), views.result, name="result"),
    path(
        localized("kartta/kaavio/", sv="karta/diagram/", en="map/chart/"),
        views.chart_fragment,
        name="chart",
    ),
    path(localized("tiimi/", sv="team/", en="team/"), team_views.create, name="team_create"),
    path(
        localized("tiimi/vastaa/", sv="team/svara/", en="team/answer/"),
        team_member_views.enter_code,
        name="team_enter_code",
    ),
    path(
        localized(
            "tiimi/vastaa/<token:code>/",
            sv="team/svara/<token:code>/",
            en="team/answer/<token:code>/",
        ),
        team_member_views.answer,
        name="team_answer",
    ),
    path(
        localized(
            "tiimi/oma/<token:reference>/",
            sv="team/egen/<token:reference>/",
            en="team/own/<token:reference>/",
        ),
        team_member_views.own_map,
        name="team_own",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/",
            sv="team/resultat/<token:token>/",
            en="team/results/<token:token>/",
        ),
        team_views.results,
        name="team_results",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/koodit/",
            sv="team/resultat/<token:token>/koder/",
            en="team/results/<token:token>/codes/",
        ),
        team_views.answer_codes,
        name="team_codes",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/tuloste/",
            sv="team/resultat/<token:token>/utskrift/",
            en="team/results/<token:token>/print/",
        ),
        team_views.handout,
        name="team_handout",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/laheta/",
            sv="team/resultat/<token:token>/skicka/",
            en="team/results/<token:token>/send/",
        ),
        team_views.send_to_supervisor,
        name="team_send",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/varaa/",
            sv="team/resultat/<token:token>/boka/",
            en="team/results/<token:token>/book/",
        ),
        team_views.book_with_map,
        name="team_book",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/seuranta/aloita/",
            sv="team/resultat/<token:token>/uppfoljning/starta/",
            en="team/results/<token:token>/follow-up/start/",
        ),
        team_views.start_follow_up,
        name="team_start_follow_up",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/seuranta/",
            sv="team/resultat/<token:token>/uppfoljning/",
            en="team/results/<token:token>/follow-up/",
        ),
        team_views.to_follow_up,
        name="team_follow_up",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/lahtotilanne/",
            sv="team/resultat/<token:token>/utgangslage/",
            en="team/results/<token:token>/baseline/",
        ),
        team_views.to_baseline,
        name="team_baseline",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/sulje/",
            sv="team/resultat/<token:token>/stang/",
            en="team/results/<token:token>/close/",
        ),
        team_views.close,
        name="team_close",
    ),
    path(
        localized(
            "tiimi/tulokset/<token:token>/poista/",
            sv="team/resultat/<token:token>/radera/",
            en="team/results/<token:token>/delete/",
        ),
        team_views.delete,
        name="team_delete",
    ),
    path(
        localized("tiimi/poistettu/", sv="team/raderad/", en="team/deleted/"),
        team_views.deleted,
        name="team_deleted",
    ),
]
