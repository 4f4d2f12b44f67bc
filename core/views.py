import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.cache import never_cache
from django.views.static import serve

from . import worker
from .media_storage import IMMUTABLE_CACHE_CONTROL

logger = logging.getLogger(__name__)

# A health check's key outlives the check only briefly.
HEALTH_KEY_TIMEOUT = 10


def csrf_failure(request, reason=""):
    """Explain a failed CSRF check in Finnish, in the site's own layout."""
    return render(request, "403_csrf.html", status=403)


def _database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        logger.warning("Health check: the database does not answer", exc_info=True)
        return False
    return True


def _cache_answers():
    key = f"healthz:{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", timeout=HEALTH_KEY_TIMEOUT)
        answers = cache.get(key) == "ok"
    except Exception:
        # Any backend's failure (Redis unreachable, file cache unwritable) means pages fail too.
        logger.warning("Health check: the cache does not answer", exc_info=True)
        return False
    if not answers:
        logger.warning("Health check: the cache lost a value just written")
    return answers


@never_cache
def healthz(request):
    """
    Answer 200 while everything the site needs answers, 503 naming what does not.

    For load balancers and monitoring: the database and the shared cache (every public page
    and the contact form use both), and the task queue (email and image renditions): a queue
    no live worker serves, a task waiting or running too long (core.worker.problems).
    """
    if not _database_answers():
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    if not _cache_answers():
        return HttpResponse("cache unavailable\n", status=503, content_type="text/plain")
    if settings.HEALTHZ_CHECKS_TASK_QUEUE and (task_problems := _task_queue_problems()):
        text = "".join(f"task queue: {problem}\n" for problem in task_problems)
        return HttpResponse(text, status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def _task_queue_problems():
    try:
        task_problems = worker.problems()
    except DatabaseError:
        logger.warning("Health check: the task queue does not answer", exc_info=True)
        return ["its table does not answer"]
    for problem in task_problems:
        logger.warning("Health check: %s", problem)
    return task_problems


def login_locked_out(request, original_response=None, credentials=None):
    """Tell, in Finnish, that too many failed logins paused logging in (django-axes)."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    response = render(request, "axes_lockout.html", {"cooloff_minutes": minutes}, status=429)
    # The page concerns one person's login attempts: no browser or proxy may keep it.
    add_never_cache_headers(response)
    return response


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
