"""
Single-use answer codes for anonymous answers: "K7MP-4XRT-9CHA", one for each person answering.

Used by the team map (``community_map.answer_codes``) and the evaluations of a supervision
process (``evaluations.rounds``). A set of codes is derived from a secret (``code_for``: the
team map's results token, an evaluation round's key), so whoever holds the secret can print
them again, and the database, which holds neither the secret nor a code, cannot. A code is
looked up by its ``digest``, a keyed hash with the site's secret key and the user's own salt.

Twelve symbols from 22 that are hard to mistake for one another (none of 0 O Q D, 1 I L, 2 Z,
5 S, 8 B, G) give 53 bits: with lookups rate-limited per address, guessing any of the codes in
use is out of reach, and a code is still short enough to type from a paper slip.
"""

import hashlib
import hmac
import re

from django.shortcuts import redirect, render
from django.utils.crypto import salted_hmac

ALPHABET = "ACEFHJKMNPRTUVWXY34679"
GROUP_LENGTH = 4
GROUPS = 3
LENGTH = GROUP_LENGTH * GROUPS
SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")
TYPED = re.compile(f"[{ALPHABET}]{{{LENGTH}}}")


class InvalidCode(ValueError):
    """Text that cannot be an answer code: wrong length or a symbol codes never use."""


def code_for(secret, index):
    """The ``index``-th answer code of the set derived from ``secret``."""
    message = f"answer-code:{index}".encode()
    number = int.from_bytes(hmac.new(secret.encode(), message, hashlib.sha256).digest(), "big")
    symbols = []
    for _position in range(LENGTH):
        number, remainder = divmod(number, len(ALPHABET))
        symbols.append(ALPHABET[remainder])
    return formatted("".join(symbols))


def codes_for(secret, count):
    return [code_for(secret, index) for index in range(count)]


def formatted(symbols):
    """``K7MP4XRT9CHA`` as it is printed: ``K7MP-4XRT-9CHA``."""
    return "-".join(
        symbols[start : start + GROUP_LENGTH] for start in range(0, LENGTH, GROUP_LENGTH)
    )


def normalised(text):
    """The code in ``text`` as printed, whatever the case, spaces or dashes; or InvalidCode."""
    symbols = SEPARATORS.sub("", (text or "")[: LENGTH * 3]).upper()
    if not TYPED.fullmatch(symbols):
        raise InvalidCode("not an answer code")
    return formatted(symbols)


def digest(salt, code):
    """The stored, keyed fingerprint of a normalised code (``salt``: the user's own)."""
    return salted_hmac(salt, code, algorithm="sha256").hexdigest()


def find(text, salt, queryset):
    """
    ``(code as printed, digest, row)`` of the answer code in ``text`` among ``queryset``'s rows
    (each with a ``digest``), or None when ``text`` is no code or no row has it.
    """
    try:
        code = normalised(text)
    except InvalidCode:
        return None
    code_digest = digest(salt, code)
    row = queryset.filter(digest=code_digest).first()
    return None if row is None else (code, code_digest, row)


def enter_code(request, form_class, template, answer_view, *, within_limit, refused, private, page):
    """
    The address printed on the slips: a form to type a code (``form_class``, whose ``ballot``
    is what a valid code opens), then the questionnaire ``answer_view`` of that code.

    A POST over the address's lookup limit (``within_limit(request)`` false) gets
    ``refused(request)``; a wrong code, the form again with its error (400). The redirect and
    the refusal go through ``private``, the form page through ``page``: each caller says how
    its pages are kept out of caches.
    """
    status = 200
    if request.method == "POST":
        if not within_limit(request):
            return private(refused(request))
        form = form_class(request.POST)
        if form.is_valid():
            return private(redirect(answer_view, form.ballot.code))
        status = 400
    else:
        form = form_class()
    return page(render(request, template, {"form": form}, status=status))
