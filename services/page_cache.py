"""
Whole-page caching of the public pages, invalidated the moment staff change any content.

Every cached page is stored under the current *content version*; saving or deleting any
content object (or running migrate, as every release does) sets a new version, so all pages
are rendered afresh on their next request, on every worker and server sharing the cache.
"""

import functools
import uuid

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.views.decorators.gzip import gzip_page

VERSION_KEY = "page-cache:content-version"
# A safety net only: invalidation does not depend on pages expiring.
PAGE_TIMEOUT = 24 * 60 * 60


def content_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
        version = cache.get(VERSION_KEY)
    return version


def invalidate(**kwargs):
    """Start a new content version: every cached page is stale from now on."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def cached_content(name, compute):
    """
    Return ``compute()``, cached for the current content version.

    For content that pages need even when the page itself cannot be cached (the contact form
    carries a CSRF token): it is recomputed right after any edit, like the pages.
    """
    key = f"content-cache:{content_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, PAGE_TIMEOUT)
    return value


def _may_be_staff(request):
    # Visitors never get a session; staff do. Deciding by the cookie costs no query.
    return settings.SESSION_COOKIE_NAME in request.COOKIES


def cached_public_page(view):
    """
    Serve a public page from the cache when it can be.

    Only anonymous GET and HEAD requests that render 200 are cached, keyed by path (query
    strings do not change these pages, and must not fill the cache). Staff are never served
    from the cache, so their previews of unpublished content stay private and fresh.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD") or _may_be_staff(request):
            return view(request, *args, **kwargs)
        key = f"page-cache:{content_version()}:{request.path}"
        cached = cache.get(key)
        if cached is not None:
            content, content_type = cached
            response = HttpResponse(content, content_type=content_type)
        else:
            response = view(request, *args, **kwargs)
            if hasattr(response, "render"):
                response.render()
            if response.status_code == 200 and not response.streaming:
                cache.set(key, (response.content, response["Content-Type"]), PAGE_TIMEOUT)
        if response.status_code == 200:
            # Browsers revalidate every time (ETag → 304), so an edit shows on the next visit.
            # The ETag is taken before compression, which adds random bytes to each response.
            set_response_etag(response)
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            patch_vary_headers(response, ["Cookie"])
        return response

    # Compressed for the wire: these pages hold no secret and echo nothing a visitor sent,
    # so compression leaks nothing (BREACH). The contact form is not compressed here.
    return gzip_page(wrapper)
