from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from core import views
from core.languages import localized
from website import seo_views
from website.sitemaps import SITEMAPS

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", seo_views.robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("favicon.ico", seo_views.root_file("img/favicon.ico", "image/x-icon")),
    path("apple-touch-icon.png", seo_views.root_file("img/apple-touch-icon.png", "image/png")),
    path("hallinta/", admin.site.urls),
    # Only with SERVE_MEDIA (make run, make serve); in production the web server serves it.
    path("media/<path:path>", views.media_file, name="media"),
]

# What a visitor reads: Finnish at the root, Swedish under /sv/ and English under /en/, each
# address in its own language's words (core/languages.py).
urlpatterns += i18n_patterns(
    # The site as an installed app names itself and starts in the language it was added in.
    path("site.webmanifest", seo_views.web_manifest, name="web_manifest"),
    path(localized("ota-yhteytta/", sv="kontakt/", en="contact/"), include("contact.urls")),
    path(localized("ajanvaraus/", sv="tidsbokning/", en="booking/"), include("booking.urls")),
    path(
        localized("tyoyhteisokartta/", sv="arbetsgemenskapskarta/", en="work-community-map/"),
        include("community_map.urls"),
    ),
    path(
        localized("tyonohjaajat/", sv="arbetshandledare/", en="supervisors/"),
        include("supervisors.urls"),
    ),
    path(localized("hinnat/", sv="priser/", en="prices/"), include("pricing.urls")),
    path(localized("koulutukset/", sv="utbildningar/", en="events/"), include("events.urls")),
    path(
        localized("arviointi/", sv="utvardering/", en="evaluation/"),
        include("evaluations.urls"),
    ),
    # The purchaser's evaluations, under their agreement's secret link.
    path(
        localized(
            "tyonohjaussopimus/<token:token>/arvioinnit/",
            sv="handledningsavtal/<token:token>/utvarderingar/",
            en="supervision-agreement/<token:token>/evaluations/",
        ),
        include("evaluations.purchaser_urls"),
    ),
    path(
        localized("tyonohjaussopimus/", sv="handledningsavtal/", en="supervision-agreement/"),
        include("processes.urls"),
    ),
    path(localized("usein-kysyttya/", sv="vanliga-fragor/", en="faq/"), include("faq.urls")),
    path(localized("artikkelit/", sv="artiklar/", en="articles/"), include("articles.urls")),
    path("", include("website.urls")),
    prefix_default_language=False,
)

handler403 = "tyonohjaus.error_pages.permission_denied"
handler404 = "tyonohjaus.error_pages.page_not_found"
