from django.urls import path

from core.languages import localized

from . import views

app_name = "booking"

urlpatterns = [
    path("", views.times, name="times"),
    path(localized("varaa/", sv="boka/", en="book/"), views.book_time, name="book"),
    path(
        localized(
            "varaus/<token:token>/", sv="bokning/<token:token>/", en="appointment/<token:token>/"
        ),
        views.manage,
        name="manage",
    ),
    path(
        localized(
            "varaus/<token:token>/peru/",
            sv="bokning/<token:token>/avboka/",
            en="appointment/<token:token>/cancel/",
        ),
        views.cancel_booking,
        name="cancel",
    ),
    path(
        localized(
            "varaus/<token:token>/siirra/",
            sv="bokning/<token:token>/flytta/",
            en="appointment/<token:token>/move/",
        ),
        views.move_booking,
        name="move",
    ),
    path(
        localized(
            "kalenteri/<token:token>.ics",
            sv="kalender/<token:token>.ics",
            en="calendar/<token:token>.ics",
        ),
        views.feed,
        name="feed",
    ),
]
