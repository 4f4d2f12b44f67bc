from django.conf import settings
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.static import serve

from .media_storage import IMMUTABLE_CACHE_CONTROL


def csrf_failure(request, reason=""):
    """Explain a failed CSRF check in Finnish, in the site's own layout."""
    return render(request, "403_csrf.html", status=403)


@never_cache
def healthz(request):
    """Answer 200 while the database answers, 503 when it does not (for load balancers)."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def login_locked_out(request, original_response=None, credentials=None):
    """Tell, in Finnish, that too many failed logins paused logging in (django-axes)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(request, "axes_lockout.html", {"cooloff_minutes": minutes}, status=429)


def media_file(request, path):
    """
    Serve an uploaded file from MEDIA_ROOT, for `make run` and `make serve` only.

    Every stored name is content-addressed, so a browser may keep the file for a year. In
    production nginx or Caddy serve /media/ themselves (deploy/) and SERVE_MEDIA stays off.
    """
    if not settings.SERVE_MEDIA:
        raise Http404
    response = serve(request, path, document_root=settings.MEDIA_ROOT)
    if response.status_code == 200:
        response["Cache-Control"] = IMMUTABLE_CACHE_CONTROL
    return response
