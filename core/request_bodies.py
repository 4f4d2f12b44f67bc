"""
Refuse a request body larger than its address accepts, before anything reads it.

Django limits a form's fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not the files in a multipart
body, which it streams to disk whatever their size: a public form would take in 20 MB that no
view wants. ``RequestBodyLimitMiddleware`` compares the declared ``Content-Length`` with the
limit of the view the address resolves to, ``REQUEST_BODY_LIMITS[view name]`` (the admin's
image upload) or else ``REQUEST_BODY_MAX_BYTES``; a larger body gets 413 and a Finnish page,
and is never read. Its ``process_view`` must come before any that reads the body (Django's CSRF
check reads a POST's form). A body without a length (chunked) is never read by Django at all.

The example proxies in deploy/ refuse the same bodies first (tests/project/test_request_bodies.py).
"""

from django.conf import settings
from django.shortcuts import render

HTTP_CONTENT_TOO_LARGE = 413


def body_limit(view_name):
    """The largest body, in bytes, the view named ``view_name`` accepts."""
    return settings.REQUEST_BODY_LIMITS.get(view_name, settings.REQUEST_BODY_MAX_BYTES)


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # as Django reads it: no body at all


class RequestBodyLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view, args, kwargs):
        if declared_length(request) > body_limit(request.resolver_match.view_name):
            return render(request, "413.html", status=HTTP_CONTENT_TOO_LARGE)
        return None
