"""
The site's URLs plus /bench/floor/: a minimal Django view returning a constant 20 KB page.

It measures what the framework and the middleware cost on this machine, the floor against
which the site's pages are compared. It exists only in the benchmark settings.
"""

from django.http import HttpResponse
from django.urls import path

from tyonohjaus.urls import urlpatterns as site_urlpatterns

FLOOR_PAGE = (
    "<!doctype html><html lang=fi><title>Floor</title><body>"
    + "<p>Työnohjaus tukee jaksamista ja ammatillista kasvua.</p>" * 360
)[: 20 * 1024]


def floor(request):
    return HttpResponse(FLOOR_PAGE)


urlpatterns = [path("bench/floor/", floor), *site_urlpatterns]
