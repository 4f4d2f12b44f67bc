from django.urls import path

from core.languages import localized

from . import views

app_name = "processes"

urlpatterns = [
    path("<token:token>/", views.agreement, name="agreement"),
    path(
        localized("<token:token>/hyvaksy/", sv="<token:token>/godkann/",
                  en="<token:token>/accept/"),
        views.accept,
        name="accept",
    ),
    path(
        localized("<token:token>/versio/<int:number>/", sv="<token:token>/version/<int:number>/",
                  en="<token:token>/version/<int:number>/"),
        views.version,
        name="version",
    ),
    path(
        localized("<token:token>/versio/<int:number>/pdf/",
                  sv="<token:token>/version/<int:number>/pdf/",
                  en="<token:token>/version/<int:number>/pdf/"),
        views.version_pdf,
        name="pdf",
    ),
]  # fmt: skip
