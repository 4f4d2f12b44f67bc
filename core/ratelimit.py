"""
A rate limit that holds under concurrency, on any cache and any number of workers.

Each attempt is counted first, in one database statement, and only then compared with the
limit, so simultaneous requests can never all see "not yet over". The database is used rather
than the cache because the default cache (files, shared by the workers of one server) has no
atomic increment.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.db import connection
from django.utils import timezone

from .models import RateCounter


def keyed_hash(scope, value):
    """A key for ``value`` that cannot be turned back into it without the secret key."""
    digest = hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()
    return f"{scope}:{digest[:40]}"


def _count_sql():
    table, key, count, ends = (
        connection.ops.quote_name(name)
        for name in (RateCounter._meta.db_table, "key", "count", "expires_at")
    )
    # Every SET expression reads the row as it was: a period that is over starts again at 1.
    return (
        f"INSERT INTO {table} ({key}, {count}, {ends}) VALUES (%s, 1, %s) "
        f"ON CONFLICT ({key}) DO UPDATE SET "
        f"{count} = CASE WHEN {table}.{ends} <= %s THEN 1 ELSE {table}.{count} + 1 END, "
        f"{ends} = CASE WHEN {table}.{ends} <= %s THEN excluded.{ends} ELSE {table}.{ends} END "
        f"RETURNING {count}"
    )


def hit(key, limit, period):
    """
    Count one attempt for ``key``; return True while it is within ``limit`` per ``period`` s.

    The period starts at the key's first attempt, like a cache entry's timeout. One upsert
    (SQLite and PostgreSQL alike) creates the counter or counts on it, starting a new period
    when the last is over, and returns the count: the database does it atomically, so
    simultaneous attempts each get their own count, and a counter that ``forget_expired``
    deletes meanwhile is simply created again.
    """
    now = timezone.now()
    adapt = connection.ops.adapt_datetimefield_value
    with connection.cursor() as cursor:
        cursor.execute(
            _count_sql(),
            [key, adapt(now + timedelta(seconds=period)), adapt(now), adapt(now)],
        )
        (count,) = cursor.fetchone()
    return count <= limit


def forget_expired():
    """Delete the counters whose period is over; return how many."""
    deleted, _by_model = RateCounter.objects.filter(
        expires_at__lt=timezone.now() - timedelta(minutes=5)
    ).delete()
    return deleted
