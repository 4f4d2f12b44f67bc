"""
Parts of pages kept in the shared cache under the stamps of the kinds of content they show.

A whole page is kept under the content version, which every edit replaces. Its parts need not
be: the supervisors' cards change only when a supervisor (or an image) does, so an edit of a
question in the FAQ should not cost the next visitor of the home page the supervisors' query.
A part is kept under ``page_cache.kinds_stamp`` of the content models it names, which changes
when one of them changes and at every change whose kind is not told (a release, an image,
reordering in the admin): the part is rendered again exactly when what it shows may have.

A part must name every kind it reads; tests/core/test_parts.py renders every public page with
the cache turned off and checks each query made inside a part against the tables its kinds
own. What the clock alone changes in a part (``page_cache.changes_at``) is kept with it and
noted again on every page that shows it.
"""

import contextlib
import contextvars
import math

from django.core.cache import cache
from django.utils import timezone, translation

from . import page_cache

# The parts being computed, outermost first: (name, the kinds whose rows each may read).
_computing = contextvars.ContextVar("parts_computing", default=())


def being_computed():
    """The parts whose computation the current code runs inside, outermost first."""
    return _computing.get()


@contextlib.contextmanager
def _computing_part(name, kinds):
    token = _computing.set((*_computing.get(), (name, frozenset(kinds))))
    try:
        yield
    finally:
        _computing.reset(token)


def _part_key(name, kinds, per_language):
    language = translation.get_language() if per_language else "all"
    return f"part:{page_cache.kinds_stamp(kinds)}:{language}:{name}"


def kept(name, kinds, *, per_language=True):
    """The value ``cached_part`` keeps now for ``name``, or None if none is kept."""
    stored = cache.get(_part_key(name, kinds, per_language))
    if stored is None or timezone.now().timestamp() >= stored[1]:
        return None
    return stored[0]


def cached_part(name, kinds, compute, *, per_language=True, renewed_by_hand=()):
    """
    ``compute()``, kept until one of ``kinds`` changes (or the clock changes what it shows).

    Kept per language unless ``per_language`` is False, for a value no language changes.
    ``renewed_by_hand`` are models it reads whose changes keep no stamp: their writers see to
    it that the part is renewed (booking.availability after each booking, say).
    """
    key = _part_key(name, kinds, per_language)
    stored = cache.get(key)
    if stored is not None and timezone.now().timestamp() < stored[1]:
        value, until = stored
    else:
        readable = (*kinds, *renewed_by_hand)
        with _computing_part(name, readable), page_cache._noting_clock_changes() as changes:
            value = compute()
        until = min(changes, default=math.inf)
        cache.set(key, (value, until), page_cache._seconds_until(until))
    if until != math.inf:
        page_cache._note_clock_change(until)  # the page showing it holds only until then too
    return value
