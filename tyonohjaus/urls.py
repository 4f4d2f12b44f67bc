from django.contrib import admin
from django.urls import include, path

from . import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("hallinta/", admin.site.urls),
    path("ota-yhteytta/", include("contact.urls")),
    path("", include("services.urls")),
]
