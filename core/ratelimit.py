"""
A rate limit that holds under concurrency, on any cache and any number of workers.

Each attempt is counted first, in one database transaction, and only then compared with the
limit, so simultaneous requests can never all see "not yet over". The database is used rather
than the cache because the default cache (files, shared by the workers of one server) has no
atomic increment.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from .models import RateCounter


def keyed_hash(scope, value):
    """A key for ``value`` that cannot be turned back into it without the secret key."""
    digest = hmac.new(settings.SECRET_KEY.encode(), value.encode(), hashlib.sha256).hexdigest()
    return f"{scope}:{digest[:40]}"


def hit(key, limit, period):
    """
    Count one attempt for ``key``; return True while it is within ``limit`` per ``period`` s.

    The period starts at the key's first attempt, like a cache entry's timeout.
    """
    now = timezone.now()
    next_period_end = now + timedelta(seconds=period)
    with transaction.atomic():
        # Locked from the start, so that forget_expired() cannot delete it under us.
        counter, _created = RateCounter.objects.select_for_update().get_or_create(
            key=key, defaults={"expires_at": next_period_end}
        )
        # Each UPDATE locks the row; a waiting one re-reads it, so only one resets a period.
        RateCounter.objects.filter(pk=counter.pk, expires_at__lte=now).update(
            count=0, expires_at=next_period_end
        )
        RateCounter.objects.filter(pk=counter.pk).update(count=F("count") + 1)
        count = RateCounter.objects.values_list("count", flat=True).get(pk=counter.pk)
    return count <= limit


def forget_expired():
    """Delete the counters whose period is over; return how many."""
    deleted, _by_model = RateCounter.objects.filter(
        expires_at__lt=timezone.now() - timedelta(minutes=5)
    ).delete()
    return deleted
