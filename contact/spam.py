"""
Spam protection without a CAPTCHA or a third-party service.

- A honeypot field that people never see (hidden by the stylesheet, skipped by the keyboard).
- A signed form token issued with the form: a submission faster than a person can type, or
  older than a day, is refused. The token also names this one showing of the form, so that
  sending it twice (a double click, a repeated POST) stores one enquiry.
- A rate limit per client address, counted before deciding (core.ratelimit); the
  address itself is never kept, only a keyed hash of it, and only for the current period.
"""

import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing

from core import ratelimit
from core.clients import client_address

TOKEN_SALT = "contact.form-started"


@dataclass(frozen=True)
class FormToken:
    """What a valid token says: when the form was shown, and that showing's own key."""

    issued_at: float
    submission_key: str


def issue_form_token(issued_at=None, salt=TOKEN_SALT):
    """
    Return a signed token recording when the form was shown, with a fresh submission key.

    Each form has its own ``salt`` (the booking form has one too), so a token issued with one
    form is refused by every other.
    """
    issued_at = time.time() if issued_at is None else issued_at
    return signing.dumps([issued_at, secrets.token_hex(16)], salt=salt)


def read_form_token(token, salt=TOKEN_SALT):
    """Return the token's FormToken, or raise signing.BadSignature when it is not one of ours."""
    value = signing.loads(token or "", salt=salt)
    match value:
        case [int() | float() as issued_at, str() as submission_key] if len(submission_key) == 32:
            return FormToken(float(issued_at), submission_key)
    raise signing.BadSignature("not a form token")


def check_form_token(token, salt=TOKEN_SALT):
    """Return None when the token is acceptable, else the reason: invalid, too_fast or expired."""
    try:
        issued_at = read_form_token(token, salt).issued_at
    except signing.BadSignature:
        return "invalid"
    age = time.time() - issued_at
    if age > settings.CONTACT_MAX_FORM_AGE:
        return "expired"
    if age < settings.CONTACT_MIN_SECONDS:
        return "too_fast"
    return None


def count_submission(request, scope="contact", limit=None, period=None):
    """
    Count one submission from this client address; return False once it is over the limit.

    Each form counts under its own ``scope``, with its own limit (CONTACT_RATE_LIMIT by default).
    """
    key = ratelimit.keyed_hash(scope, client_address(request) or "unknown")
    return ratelimit.hit(
        key,
        settings.CONTACT_RATE_LIMIT if limit is None else limit,
        settings.CONTACT_RATE_LIMIT_PERIOD if period is None else period,
    )
