"""The site's URLs plus a view that fails, to test the server error page."""

from django.urls import path

from tyonohjaus.urls import urlpatterns as site_urlpatterns


def failing_view(request):
    raise RuntimeError("deliberate failure for the test")


urlpatterns = [path("kaatuu/", failing_view), *site_urlpatterns]
