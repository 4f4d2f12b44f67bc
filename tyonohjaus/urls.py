from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("hallinta/", admin.site.urls),
    path("ota-yhteytta/", include("contact.urls")),
    path("", include("services.urls")),
]
