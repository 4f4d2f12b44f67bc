"""
A form page's CSRF token, its randomness drawn from the system in one call.

Django's ``get_token()`` draws each character of a new visitor's secret, and of every token's
mask, with a system call of its own: 64 calls for a visitor without a CSRF cookie, about a
third of what a cached form page costs to answer (issue 23's profile). ``form_token`` gives
the same token, a 32-character mask followed by the secret enciphered with it, from
``secrets.token_bytes``: the same characters, each uniformly chosen.

A visitor without a valid cookie gets a new secret in ``request.META["CSRF_COOKIE"]``, flagged
for the cookie to be set, exactly as ``get_token()`` leaves it, so that Django's
``CsrfViewMiddleware.process_response`` sets the cookie and checks the POST that follows as
it checks any other (tests/core/test_csrf.py posts a form with it).
"""

import secrets

from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH

_SIZE = len(CSRF_ALLOWED_CHARS)
# Bytes at or above the largest multiple of the alphabet's size a byte holds are dropped, so
# that every character is as likely (no modulo bias); the others map to a character each.
_UNBIASED_BELOW = 256 - 256 % _SIZE
_CHARACTER_OF_BYTE = bytes(ord(CSRF_ALLOWED_CHARS[byte % _SIZE]) for byte in range(256))
_DROPPED_BYTES = bytes(range(_UNBIASED_BELOW, 256))
# The cipher of each (secret, mask) character pair: their positions added, modulo the size.
_CIPHER = {
    (secret, mask): CSRF_ALLOWED_CHARS[(s + m) % _SIZE]
    for s, secret in enumerate(CSRF_ALLOWED_CHARS)
    for m, mask in enumerate(CSRF_ALLOWED_CHARS)
}


def random_characters(length=CSRF_SECRET_LENGTH):
    """``length`` characters of CSRF_ALLOWED_CHARS, each chosen uniformly at random."""
    chosen = b""
    while len(chosen) < length:
        # 2 × length bytes nearly always give enough: 248 of 256 byte values are kept.
        chosen += secrets.token_bytes(2 * length).translate(_CHARACTER_OF_BYTE, _DROPPED_BYTES)
    return chosen[:length].decode()


def form_token(request):
    """The value of a form's ``csrfmiddlewaretoken`` for this request, as get_token() gives it."""
    if "CSRF_COOKIE" not in request.META:
        request.META["CSRF_COOKIE"] = random_characters()
    secret = request.META["CSRF_COOKIE"]
    # Set the cookie with the response: a new one, or the visitor's renewed (as get_token()).
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True
    mask = random_characters()
    return mask + "".join([_CIPHER[pair] for pair in zip(secret, mask, strict=True)])
