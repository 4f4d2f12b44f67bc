from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("", views.home, name="home"),
    path("palvelut/", views.form_list, name="form_list"),
    path("palvelut/<slug:slug>/", views.form_detail, name="form_detail"),
    path("tyootteemme/", views.approach, name="approach"),
    path("<slug:slug>/", views.page, name="page"),
]
