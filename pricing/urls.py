from django.urls import path

from . import views

app_name = "pricing"

urlpatterns = [
    path("", views.prices_for_organisations, name="prices"),
    path("yksityishenkilo/", views.prices_for_private_persons, name="private_prices"),
]
