from django.urls import path

from core.languages import localized

from . import views

app_name = "processes"

# A version other than the current one is named in the query: ?versio=2.
urlpatterns = [
    path("<token:token>/", views.agreement, name="agreement"),
    path(
        localized("<token:token>/hyvaksy/", sv="<token:token>/godkann/",
                  en="<token:token>/accept/"),
        views.accept,
        name="accept",
    ),
    path("<token:token>/pdf/", views.agreement_pdf, name="pdf"),
]  # fmt: skip
