from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

admin.site.site_header = _("Site administration")
admin.site.site_title = _("Site administration")

urlpatterns = [
    path("hallinta/", admin.site.urls),
    path("", include("services.urls")),
]
