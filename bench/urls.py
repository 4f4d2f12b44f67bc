"""
The site's URLs plus /bench/floor/: a minimal Django view returning a constant 20 KB page.

Beside the bare floor (bench/floor_project/, the same page in a project as startproject makes
it), it shows what the site's settings and middleware add before any page of its own is drawn.
It exists only in the benchmark settings.
"""

from django.http import HttpResponse
from django.urls import path

from tyonohjaus.urls import handler403, handler404  # noqa: F401  (the site's error pages)
from tyonohjaus.urls import urlpatterns as site_urlpatterns

FLOOR_PAGE = (
    "<!doctype html><html lang=fi><title>Floor</title><body>"
    + "<p>Työnohjaus tukee jaksamista ja ammatillista kasvua.</p>" * 360
)[: 20 * 1024]


def floor(request):
    return HttpResponse(FLOOR_PAGE)


urlpatterns = [path("bench/floor/", floor), *site_urlpatterns]
