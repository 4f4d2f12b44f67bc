from django.urls import path

from . import views

app_name = "supervisors"

urlpatterns = [
    path("", views.supervisor_list, name="list"),
    path("<slug:slug>/", views.supervisor_detail, name="detail"),
]
