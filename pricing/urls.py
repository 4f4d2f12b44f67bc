from django.urls import path

from core.languages import localized

from . import views

app_name = "pricing"

urlpatterns = [
    path("", views.prices_for_organisations, name="prices"),
    path(
        localized("yksityishenkilo/", sv="privatpersoner/", en="private-persons/"),
        views.prices_for_private_persons,
        name="private_prices",
    ),
]
