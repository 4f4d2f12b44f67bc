"""startproject's URLconf plus one view: the constant 20 KB page of the site's own floor view."""

from django.contrib import admin
from django.http import HttpResponse
from django.urls import path

PAGE = (
    "<!doctype html><html lang=fi><title>Floor</title><body>"
    + "<p>Työnohjaus tukee jaksamista ja ammatillista kasvua.</p>" * 360
)[: 20 * 1024]


def page(request):
    return HttpResponse(PAGE)


urlpatterns = [
    path("admin/", admin.site.urls),
    path("", page),
]
