from django.urls import path

from . import views

app_name = "booking"

urlpatterns = [
    path("", views.times, name="times"),
    path("varaa/", views.book_time, name="book"),
    path("varaus/<token:token>/", views.manage, name="manage"),
    path("varaus/<token:token>/peru/", views.cancel_booking, name="cancel"),
    path("varaus/<token:token>/siirra/", views.move_booking, name="move"),
    path("kalenteri/<token:token>.ics", views.feed, name="feed"),
]
