"""
The team map's single-use answer codes (core.answer_codes), one for each member.

A survey's codes are derived from its results token, so the leader can print them again from
the results page, and the database, which holds neither the token nor a code, cannot.
"""

from core.answer_codes import InvalidCode, code_for, codes_for, find, formatted, normalised
from core.answer_codes import digest as _keyed_digest

DIGEST_SALT = "community_map.answer-code"

__all__ = ["InvalidCode", "code_for", "codes_for", "digest", "find", "formatted", "normalised"]


def digest(code):
    """The stored, keyed fingerprint of a normalised code."""
    return _keyed_digest(DIGEST_SALT, code)
