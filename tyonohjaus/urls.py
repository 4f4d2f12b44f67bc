from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from core import views
from website import seo_views
from website.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("site.webmanifest", seo_views.web_manifest, name="web_manifest"),
    path("favicon.ico", seo_views.root_file("img/favicon.ico", "image/x-icon")),
    path("apple-touch-icon.png", seo_views.root_file("img/apple-touch-icon.png", "image/png")),
    path("hallinta/", admin.site.urls),
    path("ota-yhteytta/", include("contact.urls")),
    path("ajanvaraus/", include("booking.urls")),
    path("tyoyhteisokartta/", include("community_map.urls")),
    path("tyonohjaajat/", include("supervisors.urls")),
    # Only with SERVE_MEDIA (make run, make serve); in production the web server serves it.
    path("media/<path:path>", views.media_file, name="media"),
    path("hinnat/", include("pricing.urls")),
    path("usein-kysyttya/", include("faq.urls")),
    path("", include("website.urls")),
]

handler403 = "tyonohjaus.error_pages.permission_denied"
handler404 = "tyonohjaus.error_pages.page_not_found"
