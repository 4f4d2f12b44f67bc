"""
Spam protection without a CAPTCHA or a third-party service.

- A honeypot field that people never see (hidden by the stylesheet, skipped by the keyboard).
- A signed timestamp issued with the form: a submission faster than a person can type, or
  older than a day, is refused.
- A rate limit per client address, counted in the cache; the address itself is only ever
  kept as a keyed hash, and only in the cache.
"""

import hashlib
import hmac
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

from tyonohjaus.clients import client_address

TOKEN_SALT = "contact.form-started"


def issue_form_token():
    """Return a signed token recording when the form was shown."""
    return signing.dumps(time.time(), salt=TOKEN_SALT)


def check_form_token(token):
    """Return None when the token is acceptable, else the reason: invalid, too_fast or expired."""
    try:
        issued = signing.loads(token or "", salt=TOKEN_SALT)
    except signing.BadSignature:
        return "invalid"
    if not isinstance(issued, (int, float)):
        return "invalid"
    age = time.time() - issued
    if age > settings.CONTACT_MAX_FORM_AGE:
        return "expired"
    if age < settings.CONTACT_MIN_SECONDS:
        return "too_fast"
    return None


def _rate_key(request):
    digest = hmac.new(
        settings.SECRET_KEY.encode(),
        (client_address(request) or "unknown").encode(),
        hashlib.sha256,
    ).hexdigest()
    return f"contact:rate:{digest[:32]}"


def is_rate_limited(request):
    """Return True when this client address has used up its submissions for now."""
    return cache.get(_rate_key(request), 0) >= settings.CONTACT_RATE_LIMIT


def count_submission(request):
    """Count one submission from this client address against the rate limit."""
    key = _rate_key(request)
    if not cache.add(key, 1, timeout=settings.CONTACT_RATE_LIMIT_PERIOD):
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=settings.CONTACT_RATE_LIMIT_PERIOD)
