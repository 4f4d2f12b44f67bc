"""A URL configuration with a view that fails, to test the server error page."""

from django.urls import include, path


def failing_view(request):
    raise RuntimeError("deliberate failure for the test")


urlpatterns = [path("kaatuu/", failing_view), path("", include("services.urls"))]
