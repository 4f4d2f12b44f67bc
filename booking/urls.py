from django.urls import path

from . import views

app_name = "booking"

urlpatterns = [
    path("", views.times, name="times"),
    path("varaa/", views.book_time, name="book"),
    path("varaus/<str:token>/", views.manage, name="manage"),
    path("varaus/<str:token>/peru/", views.cancel_booking, name="cancel"),
    path("varaus/<str:token>/siirra/", views.move_booking, name="move"),
    path("kalenteri/<str:token>.ics", views.feed, name="feed"),
]
