"""
The team map's single-use answer codes: "K7MP-4XRT-9CHA", one for each member.

A survey's codes are derived from its results token (``code_for``), so the leader can print
them again from the results page, and the database, which holds neither the token nor a code,
cannot. A code is looked up by its ``digest``, a keyed hash with the site's secret key.

Twelve symbols from 22 that are hard to mistake for one another (none of 0 O Q D, 1 I L, 2 Z,
5 S, 8 B, G) give 53 bits: with lookups rate-limited per address, guessing any of the codes in
use is out of reach, and a code is still short enough to type from a paper slip.
"""

import hashlib
import hmac
import re

from django.utils.crypto import salted_hmac

ALPHABET = "ACEFHJKMNPRTUVWXY34679"
GROUP_LENGTH = 4
GROUPS = 3
LENGTH = GROUP_LENGTH * GROUPS
DIGEST_SALT = "community_map.answer-code"
SEPARATORS = re.compile(r"[\s\-‐‑‒–—]+")
TYPED = re.compile(f"[{ALPHABET}]{{{LENGTH}}}")


class InvalidCode(ValueError):
    """Text that cannot be an answer code: wrong length or a symbol codes never use."""


def code_for(results_token, index):
    """The ``index``-th answer code of the survey whose results token is ``results_token``."""
    message = f"answer-code:{index}".encode()
    number = int.from_bytes(
        hmac.new(results_token.encode(), message, hashlib.sha256).digest(), "big"
    )
    symbols = []
    for _position in range(LENGTH):
        number, remainder = divmod(number, len(ALPHABET))
        symbols.append(ALPHABET[remainder])
    return formatted("".join(symbols))


def codes_for(results_token, count):
    return [code_for(results_token, index) for index in range(count)]


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


def digest(code):
    """The stored, keyed fingerprint of a normalised code."""
    return salted_hmac(DIGEST_SALT, code, algorithm="sha256").hexdigest()
