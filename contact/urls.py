from django.urls import path

from core.languages import localized

from . import views

app_name = "contact"

urlpatterns = [
    path("", views.contact, name="form"),
    path(localized("kiitos/", sv="tack/", en="thank-you/"), views.thanks, name="thanks"),
]
