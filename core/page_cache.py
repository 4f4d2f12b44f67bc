"""
Whole-page caching of the public pages, invalidated whenever staff change any content.

Every cached page is stored under a *content version*; a committed change to any content
object (or running migrate, as every release does) starts a new version, so all pages are
rendered afresh on their next request, on every worker and server sharing the cache.

Two rules keep a page rendered from the rows of before an edit out of the new version:

- The new version starts only after the editor's transaction commits. A request that sees the
  new version therefore started after the commit, and reads the new rows.
- A cached view pins the version once, when its request starts, and stores the page and every
  piece of content it caches under exactly that version. A request that began before the
  commit stores under the old version, which no later request reads.

Parts of pages that show only some kinds of content (core.parts) are kept under those kinds'
own stamps instead, so that an edit of one kind renders again only what shows it. A change of
a kind replaces its stamp, and a change whose kind is not told (``invalidate()``: a release,
an image, a reordering) replaces the stamp every part shares, each before the new version
starts: a request that sees the new version sees the new stamps too.
"""

import collections
import contextlib
import contextvars
import functools
import hashlib
import logging
import math
import re
import threading
import typing
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import CsrfViewMiddleware
from django.utils import timezone, translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.html import escape

from . import compression
from .csrf import form_token

logger = logging.getLogger(__name__)

VERSION_KEY = "page-cache:content-version"
# A safety net only: invalidation does not depend on pages expiring.
PAGE_TIMEOUT = 24 * 60 * 60
CSRF_FIELD = "csrfmiddlewaretoken"

_pinned_version = contextvars.ContextVar("page_cache_pinned_version", default=None)
# The times (timestamps) at which what the page being rendered shows changes by the clock alone.
_clock_changes = contextvars.ContextVar("page_cache_clock_changes", default=None)


def current_stamp(key):
    """
    The random value under ``key`` in the shared cache, made when missing: a version that
    changes only by ``replace_stamp`` (or by being lost, which only makes what it names stale).
    """
    stamp = cache.get(key)
    if stamp is None:
        cache.add(key, uuid.uuid4().hex, timeout=None)
        stamp = cache.get(key)
    return stamp


def replace_stamp(key):
    cache.set(key, uuid.uuid4().hex, timeout=None)


def replace_stamp_after_commit(key, using=None):
    """Replace the stamp under ``key`` once the current transaction (if any) has committed."""
    transaction.on_commit(functools.partial(replace_stamp, key), using=using)


def replace_stamp_on_change(key, *models):
    """
    Replace the stamp under ``key`` once a change of one of ``models`` (a save, a delete, a
    change of its links) has committed. Changes made with ``update()`` send no signal: their
    callers replace the stamp themselves.
    """

    def replace(using=None, **kwargs):
        replace_stamp_after_commit(key, using=using)

    for model in models:
        uid = f"stamp:{key}:{model._meta.label}"
        post_save.connect(replace, sender=model, weak=False, dispatch_uid=f"{uid}:save")
        post_delete.connect(replace, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
        for field in model._meta.local_many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                replace, sender=through, weak=False, dispatch_uid=f"{uid}:{field.name}"
            )


def _current_version():
    return current_stamp(VERSION_KEY)


# Replaced by every change whose kind is not told: what every part kept under stamps shares.
GENERATION_KEY = "content-stamp:generation"
# The kinds of content (models) whose changes replace their own stamp (invalidate_on_change).
_stamped_kinds = set()


def _kind_stamp_key(model):
    return f"content-stamp:{model._meta.label_lower}"


def kinds_stamp(kinds):
    """
    A short value that changes whenever one of ``kinds`` (content models) changes, and at
    every change ``invalidate()`` announces; read in one round trip to the cache.
    """
    unknown = [model._meta.label for model in kinds if model not in _stamped_kinds]
    if unknown:
        raise ValueError(f"No stamp is kept for {', '.join(unknown)} (invalidate_on_change).")
    keys = [GENERATION_KEY, *sorted(_kind_stamp_key(model) for model in kinds)]
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        for key in missing:
            cache.add(key, uuid.uuid4().hex, timeout=None)
        found.update(cache.get_many(missing))
    joined = ":".join(str(found.get(key)) for key in keys)
    return hashlib.sha256(joined.encode()).hexdigest()[:32]


def content_version():
    """The content version of this request: the one pinned at its start, if a view pinned one."""
    return _pinned_version.get() or _current_version()


@contextlib.contextmanager
def _pinned_content_version():
    # Pinned once per request: a pin inside another keeps the outer one's version.
    token = _pinned_version.set(_pinned_version.get() or _current_version())
    try:
        yield _pinned_version.get()
    finally:
        _pinned_version.reset(token)


def pinning_content_version(view):
    """Pin the content version when ``view`` starts, for everything it reads and stores."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        with _pinned_content_version():
            return view(request, *args, **kwargs)

    return wrapper


def _start_new_version(kinds=()):
    # The stamps first: a request that reads the new version then reads the new stamps too.
    stamps = [_kind_stamp_key(model) for model in kinds] or [GENERATION_KEY]
    cache.set_many({key: uuid.uuid4().hex for key in stamps}, timeout=None)
    replace_stamp(VERSION_KEY)


def invalidate(using=None, **kwargs):
    """
    Start a new content version, and renew every part kept under stamps, once the current
    transaction (if any) has committed.
    """
    transaction.on_commit(_start_new_version, using=using)


def _invalidate_kind(model):
    def changed(using=None, **kwargs):
        transaction.on_commit(functools.partial(_start_new_version, (model,)), using=using)

    return changed


def invalidate_on_change(*models):
    """
    Start a new content version whenever one of ``models``, or one of its links, changes,
    with a new stamp for that model (``kinds_stamp``).
    """
    for model in models:
        _stamped_kinds.add(model)
        changed, uid = _invalidate_kind(model), f"page-cache:{model._meta.label_lower}"
        post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}:save")
        post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
        for field in model._meta.local_many_to_many:
            # The admin saves an object's links after the object itself.
            m2m_changed.connect(
                changed,
                sender=field.remote_field.through,
                weak=False,
                dispatch_uid=f"{uid}:{field.name}",
            )


def changes_at(when):
    """
    Note that the page being rendered shows what the clock alone changes at ``when`` (an aware
    datetime; None for never): a scheduled article that turns visible then, say. A page
    ``cached_public_page`` stores is kept until the soonest such time and rendered afresh
    from then on, with no edit needed, and an early answer (EarlyHitMiddleware) holds until
    then too. Outside such a render it does nothing.
    """
    if when is not None:
        _note_clock_change(when.timestamp())


def _note_clock_change(timestamp):
    noted = _clock_changes.get()
    if noted is not None:
        noted.append(timestamp)


@contextlib.contextmanager
def _noting_clock_changes():
    noted = []
    token = _clock_changes.set(noted)
    try:
        yield noted
    finally:
        _clock_changes.reset(token)


def _seconds_until(until):
    """How long the shared cache keeps a page that holds until ``until`` (a timestamp)."""
    if until == math.inf:
        return PAGE_TIMEOUT
    return max(1, min(PAGE_TIMEOUT, math.ceil(until - timezone.now().timestamp())))


def content_cache_key(name, *, per_language=True):
    """The key ``cached_content`` keeps ``name`` under for this request's content version."""
    language = translation.get_language() if per_language else "all"
    return f"content-cache:{content_version()}:{language}:{name}"


def cached_content(name, compute, *, per_language=True):
    """
    Return ``compute()``, cached for the content version of this request.

    For content that pages need even when the page itself is not cached whole (a preview, a
    form sent with errors): it is recomputed right after any edit, like the pages. It is kept
    per language (names, labels and rendered texts read in the request's), unless
    ``per_language`` is False for a value no language changes.
    """
    key = content_cache_key(name, per_language=per_language)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, PAGE_TIMEOUT)
    return value


def may_be_staff(request):
    """
    Return True when the request comes from a logged-in staff member.

    Visitors have no session cookie, which costs nothing to see. A cookie alone proves nothing
    (anyone can send one, and it must not cost them the cache): only a stored session of a
    logged-in staff member counts, and only once they have given a required second factor
    (before that, core.two_factor's middleware makes them an anonymous visitor here). Cached
    sessions (SESSION_ENGINE) make a real session cost no query to find; an unknown one costs
    at most one.
    """
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        return False
    return request.user.is_staff


def _cacheable(request):
    return request.method in ("GET", "HEAD") and not may_be_staff(request)


EVERY_PARAMETER = "*"


class _RecordedQuery(QueryDict):
    """
    A request's query parameters (``request.GET``) that note the names read from them.

    Asking for one parameter (``get``, ``getlist``, ``[]``, ``in``) notes its name, present or
    not; anything that looks at all of them (iterating, counting, copying, encoding) notes
    ``EVERY_PARAMETER``. Each name read is added to every set in ``observers`` (a recording
    inside another one reports to both).
    """

    def __init__(self, query, observers):
        self.observers = observers
        super().__init__(mutable=True, encoding=query.encoding)
        for name, values in dict.items(query):  # read as they are: nothing noted
            self.setlist(name, list(values))
        self._mutable = False

    def _note(self, name):
        for names_read in self.observers:
            names_read.add(name)

    def __getitem__(self, key):
        self._note(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._note(key)
        return super().__contains__(key)

    def _getlist(self, key, default=None, force_list=False):
        self._note(key)
        return super()._getlist(key, default, force_list)

    def __iter__(self):
        self._note(EVERY_PARAMETER)
        return super().__iter__()

    def __len__(self):
        self._note(EVERY_PARAMETER)
        return super().__len__()

    def lists(self):
        self._note(EVERY_PARAMETER)
        return super().lists()

    def keys(self):
        self._note(EVERY_PARAMETER)
        return super().keys()

    def copy(self):
        self._note(EVERY_PARAMETER)
        copied = QueryDict(mutable=True, encoding=self.encoding)
        for name, values in dict.items(self):
            copied.setlist(name, list(values))
        return copied

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()


@contextlib.contextmanager
def recording_query_reads(request):
    """
    Note which query parameters are read from ``request.GET`` inside the block.

    Yields the set of names read (with ``EVERY_PARAMETER`` if all of them were looked at),
    filled in as the block runs.
    """
    original = request.GET
    names_read = set()
    observers = [*getattr(original, "observers", []), names_read]
    request.GET = _RecordedQuery(original, observers)
    try:
        yield names_read
    finally:
        request.GET = original


def _depends_only_on(read, keyed):
    """Whether a page that read the parameters ``read`` is fully told apart by ``keyed``."""
    return EVERY_PARAMETER in keyed or (EVERY_PARAMETER not in read and read <= keyed)


def _variant_suffix(name):
    """A variant's part of a key: short whatever the variant, and no parameter in plain form."""
    return f":{hashlib.sha256(name.encode()).hexdigest()[:32]}" if name else ""


def _store(response):
    """
    What the cache keeps of a page: its body gzipped once (never again per visitor), its
    type and the ETag of the uncompressed body.
    """
    set_response_etag(response)
    body = compression.compress(response.content)
    return body, response["Content-Type"], response.get("ETag")


def _stored_response(request, stored):
    """The stored page, compressed for a browser that accepts gzip, else decompressed."""
    body, content_type, etag, _until = stored
    if compression.accepts_gzip(request):
        response = HttpResponse(body, content_type=content_type)
        if etag:
            response["ETag"] = etag
        return compression.mark_compressed(response)
    response = HttpResponse(compression.decompress(body), content_type=content_type)
    if etag:
        response["ETag"] = etag
    patch_vary_headers(response, ["Accept-Encoding"])
    return response


def _serve_public_page(request, version, render_page, variant):
    keyed, name = set(), ""
    if variant is not None:
        with recording_query_reads(request) as keyed:
            name = variant(request)
        if name is None:
            return render_page()
    key = f"page-cache:{version}:{request.path}{_variant_suffix(name)}"
    stored = cache.get(key)
    if stored is not None and timezone.now().timestamp() >= stored[3]:
        stored = None  # what it shows has changed with the clock (changes_at)
    if stored is None:
        with recording_query_reads(request) as read, _noting_clock_changes() as changes:
            response = render_page()
            if hasattr(response, "render"):
                response.render()
        storable = _depends_only_on(read, keyed)
        if response.status_code != 200 or response.streaming or not storable:
            return response
        until = min(changes, default=math.inf)
        stored = (*_store(response), until)
        cache.set(key, stored, _seconds_until(until))
    response = _stored_response(request, stored)
    # The same for every visitor who asks by this address: EarlyHitMiddleware may keep it.
    _mark_early(request, response, name, version, until=stored[3])
    return response


def cached_public_page(view=None, *, variant=None):
    """
    Serve a public page from the cache when it can be.

    Only anonymous GET and HEAD requests that render 200 are cached, keyed by path (query
    strings do not change these pages, and must not fill the cache). A page that does depend
    on a parameter names its variants: ``variant(request)`` gives a short name for the version
    of the page this request gets (the parameter normalised, say), "" for the plain page, or
    None to render this request uncached; it must read every parameter the view reads. A page
    whose view reads a query parameter its key does not include is served as rendered but
    never stored, since its key could not tell the variants apart. Staff are never served from
    the cache, and what they are shown (a preview of unpublished content, say) is kept out of
    every other cache too, the browser's and any proxy's. A variant named by its parameters in
    their one query-string form (``muoto=x&ala=y``) can be answered early (EarlyHitMiddleware)
    to a request that asks in exactly that form.

    A page that shows what the clock alone changes (a scheduled article, published at its
    time) says when, with ``changes_at`` while it renders: it is stored, and answered early,
    only until then.

    A stored page is kept gzipped, compressed once when stored: these pages hold no secret,
    so compression leaks nothing (BREACH). A browser that does not accept gzip gets it
    decompressed.
    """
    if view is None:
        return functools.partial(cached_public_page, variant=variant)

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            response = view(request, *args, **kwargs)
            if may_be_staff(request):
                patch_cache_control(response, private=True, no_store=True)
            return response
        render_page = functools.partial(view, request, *args, **kwargs)
        with _pinned_content_version() as version:
            response = _serve_public_page(request, version, render_page, variant)
        if response.status_code == 200:
            # Browsers revalidate every time (ETag → 304), so an edit shows on the next visit.
            # The ETag is taken of the uncompressed page.
            if not response.has_header("ETag"):
                set_response_etag(response)
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            patch_vary_headers(response, ["Cookie"])
        return response

    return wrapper


# The fresh parts of pages that may be answered early, by their ``early_name``.
_early_fresh_parts = {}


# A fresh part's place in a stored page.
_MARKER = re.compile(rb"\x00fresh:([^\x00]*)\x00")


class FreshParts:
    """
    The parts of a cached page that get a new value in every response.

    ``inputs`` maps a hidden input's name to a function of the request giving its value; the
    CSRF token's input is one of them unless ``csrf`` is False. Each must appear exactly once.
    ``texts`` maps a name to a function of the request giving text the view wrote into the
    page for that request alone (a member's answer code, from the page's own address): every
    occurrence of it, HTML-escaped, is a part, and is written in again for each response.
    """

    def __init__(self, inputs=None, *, texts=None, csrf=True, early_name=""):
        self.inputs = {**({CSRF_FIELD: form_token} if csrf else {}), **(inputs or {})}
        self.uses_csrf = csrf
        # Named, the page may be kept for early answers that write the parts in themselves.
        self.early_name = early_name
        if early_name:
            _early_fresh_parts[early_name] = self
        self.texts = dict(texts or {})
        # Exactly as Django's {% csrf_token %} and the HiddenInput widget render them.
        self.patterns = {
            name: re.compile(
                rb'(<input type="hidden" name="' + name.encode() + rb'" value=")[^"]*"'
            )
            for name in self.inputs
        }

    @staticmethod
    def _marker(name):
        # A NUL byte: no page the site renders contains one (blank() refuses a page that does).
        return b"\x00fresh:" + name.encode() + b"\x00"

    def blank(self, request, content):
        """
        The page with its parts marked, or None when an input is missing or repeated, or a
        text is empty or not on the page.
        """
        if b"\x00" in content:
            return None
        for name, text in self.texts.items():
            shown = escape(text(request)).encode()
            if not shown or shown not in content:
                return None
            content = content.replace(shown, self._marker(name))
        for name, pattern in self.patterns.items():
            marker = self._marker(name)
            content, count = pattern.subn(
                lambda match, marker=marker: match[1] + marker + b'"', content
            )
            if count != 1:
                return None
        return content

    def values(self, request):
        """This response's value of each part, as the page shows it (HTML-escaped)."""
        values = {name: value(request) for name, value in self.inputs.items()}
        values.update((name, text(request)) for name, text in self.texts.items())
        return {name: escape(value).encode() for name, value in values.items()}

    def fill(self, request, content):
        """The blanked page with this response's values written in."""
        for name, value in self.values(request).items():
            content = content.replace(self._marker(name), value)
        return content


def address_segment(request):
    """The last segment of the request's path: the token of a page at a secret address."""
    return request.path.rstrip("/").rpartition("/")[2]


def address_segment_from_end(position):
    """
    A fresh text: the segment of the request's path ``position`` places from its end (1 is
    the last), for a page whose token is followed by the page's own name.
    """

    def segment(request):
        segments = request.path.rstrip("/").split("/")
        return segments[-position] if len(segments) > position else ""

    return segment


def _serve_fresh(request, key, render_page, fresh, keyed, timeout=PAGE_TIMEOUT):
    """
    The page under ``key`` with fresh parts; ``fresh_template`` is set when it was stored, and
    ``fresh_until`` to when what the clock alone changes on it (``changes_at``) keeps it.
    """
    cached = cache.get(key)
    if cached is not None and timezone.now().timestamp() < cached[2]:
        template, content_type, until = cached
        response = HttpResponse(fresh.fill(request, template), content_type=content_type)
        response.fresh_template, response.fresh_until = template, until
        return response
    with recording_query_reads(request) as read, _noting_clock_changes() as changes:
        response = render_page()
        if hasattr(response, "render"):
            response.render()
    if not _depends_only_on(read, keyed):
        return response
    if response.status_code == 200 and not response.streaming:
        template = fresh.blank(request, response.content)
        if template is not None:
            until = min(changes, default=math.inf)
            stored = (template, response["Content-Type"], until)
            cache.set(key, stored, min(timeout, _seconds_until(until)))
            response.fresh_template, response.fresh_until = template, until
    return response


def serve_with_fresh_parts(request, name, render_page, fresh, timeout=PAGE_TIMEOUT):
    """
    Serve a GET of a page that differs between visitors only in ``fresh`` (a FreshParts).

    ``render_page()`` is stored once per content version, language and ``name`` (which must
    tell apart everything else the page shows, and hold no secret in plain form: a key),
    and every response gets its own values of the fresh parts written in. Staff and other
    methods get ``render_page()`` as it is. The caller decides the response's headers. A page
    whose name soon goes out of use gives a shorter ``timeout`` (seconds), so that its old
    variants do not crowd the cache.
    """
    if not _cacheable(request):
        return render_page()
    with _pinned_content_version() as version:
        # The name tells the page's variants apart; the language is the address's.
        key = f"form-page:{version}:{translation.get_language()}:{name}"
        return _serve_fresh(request, key, render_page, fresh, set(), timeout)


def cached_form_page(*, variant, fresh_inputs):
    """
    Serve the GET of a form page from the cache, with fresh per-visitor tokens in each response.

    The page is rendered once per content version and ``variant(request)``: a short name for
    the version of the page this request gets (say, a preselected choice), "" for the plain
    page, or None to render this request uncached (a rare variant that must not fill the
    cache). The variant must read every query parameter the view reads: a page whose view
    read one that ``variant`` did not is served as rendered but never stored. Every response
    gets new values in the hidden inputs named in ``fresh_inputs`` (a mapping of input name to
    a function of the request returning the value) and in the CSRF token input, which also
    sets the CSRF cookie. A page that shows what the clock alone changes (an event's
    registration closing) says when with ``changes_at``, as for ``cached_public_page``.

    The tokens make each response personal: it is never compressed (BREACH: the CSRF token
    beside the fields a visitor sent, ``core.compression``) and never stored by a browser or
    proxy (no-store, so no ETag and no 304 either). Other requests (POST, staff) are rendered
    by the view as before.
    """

    def decorator(view):
        fresh = FreshParts(fresh_inputs, early_name=f"{view.__module__}.{view.__qualname__}")

        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            if _cacheable(request):
                render_page = functools.partial(view, request, *args, **kwargs)
                response = _serve_form_page(request, render_page, variant, fresh)
            else:
                response = view(request, *args, **kwargs)
            add_never_cache_headers(response)
            return response

        return wrapper

    return decorator


def _serve_form_page(request, render_page, variant, fresh):
    with _pinned_content_version() as version:
        with recording_query_reads(request) as keyed:
            name = variant(request)
        if name is None:
            return render_page()
        key = f"form-page:{version}:{request.path}:{name}"
        response = _serve_fresh(request, key, render_page, fresh, keyed)
    # EarlyHitMiddleware may keep the page, to write the tokens in itself, while the clock
    # has not changed it.
    until = getattr(response, "fresh_until", math.inf)
    return _mark_early(request, response, name, version, fresh, until=until)


def _early_key(request):
    """
    The key of the whole response EarlyHitMiddleware may answer ``request`` with, or None.

    Only a visitor's GET can be answered early: no body and no session cookie (a staff
    member's session is checked by the middleware an early answer skips). The key is the path
    and the query string as sent; a response is kept under it only when the query string is
    exactly the name of the variant its view gave (none, for most pages), so that stray or
    reordered parameters never fill the cache. A language must be in the path, not
    negotiated, for this to stay right.
    """
    meta = request.META
    if (
        request.method != "GET"
        or meta.get("CONTENT_LENGTH") not in (None, "", "0")
        or "HTTP_TRANSFER_ENCODING" in meta
        or settings.SESSION_COOKIE_NAME in request.COOKIES
    ):
        return None
    encoding = "gzip" if compression.accepts_gzip(request) else "identity"
    address = f"{request.path}?{meta.get('QUERY_STRING', '')}"
    # Keyed with the site's secret: an address may hold a secret token (a team map's), and a
    # plain hash of a short one could be reversed by trying them all.
    key = _early_key_secret(settings.SECRET_KEY)
    digest = hashlib.blake2b(address.encode(), key=key, digest_size=16)
    return f"early-page:{digest.hexdigest()}:{encoding}"


@functools.lru_cache(maxsize=4)
def _early_key_secret(secret_key):
    return hashlib.sha256(b"core.page_cache.early-key:" + secret_key.encode()).digest()


def _mark_early(request, response, name, version, fresh=None, conditions=(), until=math.inf):
    """
    Let EarlyHitMiddleware keep ``response``, the page of variant ``name`` under content
    ``version``, when the request asked for it by exactly that name; with ``fresh`` parts, only
    when the page was stored with them blanked out (``fresh_template``).
    """
    if name != request.META.get("QUERY_STRING", ""):
        return response
    if fresh is not None:
        template = getattr(response, "fresh_template", None)
        if template is None or not fresh.early_name:
            return response
        response.early_fresh = (fresh.early_name, template)
    response.early_hit_version = version
    response.early_conditions = (tuple(conditions), until)
    return response


class EarlyHitMiddleware:
    """
    Answer a visitor's plain GET of a cached public page before the rest of the middleware.

    A cached page costs its cache look-up, but on its way the request would still pass the
    session, authentication, second-factor, lockout, messages and CSRF middleware, none of
    which a visitor's cached page needs. This middleware stands just inside SecurityMiddleware
    (which still redirects to HTTPS and adds its headers to every answer). When the full stack
    answers a plain GET with a page ``cached_public_page`` served from the cache, the response
    as it leaves the inner middleware (headers of the content security and permissions
    policies, compression, ETag, cache control, body) is kept beside the page, under the
    content version the page was rendered with. The next such request is answered with it at
    once, with 304 Not Modified when the browser already has it, while the content version is
    still the same: one look-up of the shared cache (the version) when this worker has already
    read the page, two when not.

    A page of a variant is kept under its address when the request asked for it by exactly
    the variant's name (its parameters in their one query-string form). A form page served by
    ``cached_form_page`` (the contact form), or by a view through ``keep_early_while`` (the
    booking list and form, kept while their own stamp holds and until the clock changes
    them), is kept with its fresh parts blanked out: an early answer writes in the visitor's
    own tokens, and Django's CSRF middleware, called for just that, reads the visitor's CSRF
    secret from their cookie (or makes one) and sets the cookie, as the whole stack would.

    A stored response never sets a cookie of its own (a form page's early answer sets only the
    visitor's CSRF cookie); staff (a session cookie), requests with a body and any address not
    in its one form always go the whole way.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = _early_key(request)
        if key is not None:
            try:
                stored = _early_page(key)
            except Exception:
                # The cache is down: the page's own way decides what the visitor gets (the
                # health check its 503), and nothing is kept.
                logger.warning("Early page cache unavailable", exc_info=True)
                return self.get_response(request)
            response = _early_response(request, stored) if stored is not None else None
            if response is not None:
                return response
        response = self.get_response(request)
        if key is not None:
            _keep_for_early_hits(key, response)
        return response


class _WorkerCopies:
    """
    This process's copies of the early pages it has read, the most recently used kept.

    An early page is stored under the content version it was rendered with, and a version is
    never reused, so a copy whose version is still the current one is as good as the shared
    cache's: a hit then reads only the (small) version from the shared cache, not the page.
    """

    SIZE = 256

    def __init__(self):
        self._copies = collections.OrderedDict()
        self._lock = threading.Lock()

    def get(self, key, version):
        with self._lock:
            stored = self._copies.get(key)
            if stored is None or stored.version != version:
                return None
            self._copies.move_to_end(key)
            return stored

    def keep(self, key, stored):
        with self._lock:
            self._copies[key] = stored
            self._copies.move_to_end(key)
            while len(self._copies) > self.SIZE:
                self._copies.popitem(last=False)


_worker_copies = _WorkerCopies()


class _EarlyPage(typing.NamedTuple):
    """A response kept for early answers, valid while its content version is current."""

    version: str
    headers: list
    body: bytes  # with the fresh parts blanked out when ``fresh_name`` is set
    fresh_name: str = ""
    # A page with fresh parts that was sent gzipped: compressed once around its parts
    # (compression.GzipWithGaps), and the name of the part in each gap.
    gzipped: compression.GzipWithGaps | None = None
    gap_names: tuple = ()
    # Further shared-cache entries the page was rendered with ((key, value) pairs), and the
    # time (a timestamp of the site's clock) it holds until: a page of derived data (the
    # booking list) valid while its data's own version stands and the clock has not passed
    # what it shows.
    conditions: tuple = ()
    until: float = math.inf


def _early_page(key):
    """The response kept under ``key`` for the current content version, or None."""
    version = cache.get(VERSION_KEY)
    if version is None:
        return None
    stored = _worker_copies.get(key, version)
    if stored is not None and _holds(stored):
        return stored
    # No copy, or one its data's stamp or the clock has outdated: another request may have
    # kept the page afresh since.
    stored = cache.get(key)
    if not isinstance(stored, _EarlyPage) or stored.version != version or not _holds(stored):
        return None
    _worker_copies.keep(key, stored)
    return stored


def _holds(stored):
    """Whether the clock and the stamps of its data still let ``stored`` be given."""
    if stored.until != math.inf and timezone.now().timestamp() >= stored.until:
        return False
    if stored.conditions:
        current = cache.get_many([name for name, _value in stored.conditions])
        if any(current.get(name) != value for name, value in stored.conditions):
            return False
    return True


def keep_early_while(request, response, name, conditions, until, fresh=None):
    """
    Let EarlyHitMiddleware keep ``response``, the page of variant ``name`` (a query string in
    its one form, "" for none), while each shared-cache entry in ``conditions`` still holds its
    value and until ``until`` (an aware datetime, or None for as long): for a view wrapped in
    ``pinning_content_version`` that reads those entries before anything it shows. A page
    served by ``serve_with_fresh_parts`` gives its named ``fresh`` parts, written in afresh
    for each early answer.
    """
    version = _pinned_version.get()
    if version is None:
        return response
    until = math.inf if until is None else until.timestamp()
    return _mark_early(request, response, name, version, fresh, conditions.items(), until)


def _keep_for_early_hits(key, response):
    version = getattr(response, "early_hit_version", None)
    fresh = getattr(response, "early_fresh", None)
    # A form page may set the CSRF cookie of a new visitor: the early answer sets each
    # visitor's own. No other cookie is ever kept.
    allowed_cookies = {settings.CSRF_COOKIE_NAME} if fresh else set()
    if (
        version is None
        or response.status_code != 200
        or response.streaming
        or set(response.cookies) - allowed_cookies
        or response.has_header("Set-Cookie")
    ):
        return
    # A page with fresh parts differs in every response: no tag of one body fits the next.
    left_out = {"Content-Length", "ETag"} if fresh else {"Content-Length"}
    headers = [(name, value) for name, value in response.items() if name not in left_out]
    conditions, until = response.early_conditions
    page = _EarlyPage(version, headers, response.content, conditions=conditions, until=until)
    if fresh:
        fresh_name, template = fresh
        page = page._replace(fresh_name=fresh_name, body=template)
        if _gzipped_around_its_parts(key, response):
            pieces = _MARKER.split(template)
            page = page._replace(
                headers=_gzipped_headers(headers),
                gzipped=compression.GzipWithGaps(pieces[0::2]),
                gap_names=tuple(name.decode() for name in pieces[1::2]),
            )
    cache.set(key, page, PAGE_TIMEOUT)


def _gzipped_around_its_parts(key, response):
    """
    Whether the early answers of ``response``, a page with fresh parts, are sent gzipped: when
    the whole stack gzipped it (the team map's pages), and when it was left plain only for the
    CSRF token it issued (a form page, for a browser that accepts gzip).

    The whole stack leaves a page with a CSRF token uncompressed, as it may repeat what was
    posted beside it (BREACH). An early answer is a GET whose page is the same for every
    visitor, and ``compression.GzipWithGaps`` never compresses its fresh parts (the tokens):
    they go between the compressed constant parts as stored blocks, so the size of the answer
    says nothing about them. A page declared not compressible (a client's own page at a
    secret address) stays plain.
    """
    if response.get("Content-Encoding") == "gzip":
        return True
    return (
        key.endswith(":gzip")
        and not response.has_header("Content-Encoding")
        and getattr(response, "compressible", True)
    )


def _gzipped_headers(headers):
    """A plain page's ``headers`` for its gzipped body, as GZipMiddleware would set them."""
    response = HttpResponse(headers=dict(headers))
    if not response.has_header("Content-Encoding"):
        compression.mark_compressed(response)
    return list(response.items())


def _early_response(request, stored):
    """The response kept in ``stored`` for this request, or None if it cannot be given."""
    if stored.fresh_name:
        return _early_fresh_page(request, stored)
    response = HttpResponse(stored.body, headers=dict(stored.headers))
    response["Content-Length"] = str(len(stored.body))
    return get_conditional_response(request, etag=response.get("ETag"), response=response)


# Django's own CSRF middleware, for the two steps a form page's early answer needs of it: the
# visitor's CSRF secret read from their cookie (or a new one), and the cookie set when new.
_csrf = CsrfViewMiddleware(lambda request: None)


def _early_fresh_page(request, stored):
    fresh = _early_fresh_parts.get(stored.fresh_name)
    if fresh is None:
        return None
    if fresh.uses_csrf:
        _csrf.process_request(request)
    if stored.gzipped is None:
        body = fresh.fill(request, stored.body)
    else:
        values = fresh.values(request)
        body = stored.gzipped.fill([values[name] for name in stored.gap_names])
    response = HttpResponse(body, headers=dict(stored.headers))
    response["Content-Length"] = str(len(body))
    return _csrf.process_response(request, response) if fresh.uses_csrf else response
