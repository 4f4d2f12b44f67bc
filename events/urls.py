from django.urls import path

from core.languages import localized

from . import views

app_name = "events"

urlpatterns = [
    path("", views.event_list, name="list"),
    # A slug has no dot, so no event's address can be the feed's.
    path("atom.xml", views.event_feed, name="feed"),
    path(
        localized("ilmoittautuminen/<token:token>/", sv="anmalan/<token:token>/",
                  en="registration/<token:token>/"),
        views.manage,
        name="manage",
    ),
    path(
        localized("ilmoittautuminen/<token:token>/peru/", sv="anmalan/<token:token>/avboka/",
                  en="registration/<token:token>/cancel/"),
        views.cancel_registration,
        name="cancel",
    ),
    path("<slug:slug>/", views.event_detail, name="detail"),
]  # fmt: skip
