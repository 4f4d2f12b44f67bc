"""
The answers of a map as a short code for a shareable address: "12-3.13-0.14-5".

Each part is a statement's id and its answer (0 = "en osaa sanoa", 1–5). Nothing is stored
on the server: the address is the map.
"""

import re

MAX_LENGTH = 2000
PART = re.compile(r"(?P<pk>[1-9][0-9]{0,9})-(?P<value>[0-5])")


class InvalidMapCode(ValueError):
    """The code is malformed, out of range or names statements that do not exist."""


def encode(answers):
    return ".".join(f"{pk}-{value}" for pk, value in sorted(answers.items()))


def decode(code, known_statements):
    """Return {statement pk: answer} for ``code``, or raise InvalidMapCode."""
    if not code or len(code) > MAX_LENGTH:
        raise InvalidMapCode("empty or too long")
    answers = {}
    for part in code.split("."):
        match = PART.fullmatch(part)
        if match is None:
            raise InvalidMapCode(f"malformed part {part[:20]!r}")
        pk, value = int(match["pk"]), int(match["value"])
        if pk not in known_statements:
            raise InvalidMapCode(f"unknown statement {pk}")
        if pk in answers:
            raise InvalidMapCode(f"statement {pk} twice")
        answers[pk] = value
    return answers
