"""
One stamp for the state of every supervision process, in the shared cache (core.page_cache):
replaced once a change of a process, its goals, terms, agreement or versions, or of an
evaluation round's answers, has committed. The purchaser's and the participants' pages kept
whole for early answers (``page_cache.keep_early_while``) hold while it stands, so that an
edit shows on the next request without the database being asked on every one. Read it before
anything such a page shows.
"""

from core import page_cache

STAMP_KEY = "processes:stamp"


def stamp():
    return page_cache.current_stamp(STAMP_KEY)


def changed(using=None):
    """Replace the stamp once the current transaction (if any) has committed."""
    page_cache.replace_stamp_after_commit(STAMP_KEY, using=using)


def serve(request, name, render_page, fresh, stamp, until=None):
    """
    A visitor's GET of a page drawn from processes' data: stored under ``name`` and ``stamp``
    (read before the data) with its ``fresh`` parts (core.page_cache.FreshParts) written in
    for each response, and kept for early answers to its plain address while the stamp stands
    and until ``until`` (an aware datetime, or None).
    """
    response = page_cache.serve_with_fresh_parts(request, f"{name}:{stamp}", render_page, fresh)
    return page_cache.keep_early_while(
        request, response, "", {STAMP_KEY: stamp}, until, fresh=fresh
    )
