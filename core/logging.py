"""
Keep personal data and secrets out of the logs, and every log line one line.

``mask()`` is the one place that decides what a log line may show: control characters are
escaped (a ``%0a`` in an address cannot write a forged line, a ``\x1b`` cannot drive the
reader's terminal), email addresses are shortened to m***@example.com, admin search terms to
q=***, and the secret token in every address that has one (``<token:…>`` in the URLconf, see
core/url_tokens.py) to ***.

``PersonalDataFilter`` applies it to a record before any handler formats it: its message with
the arguments filled in, its traceback and any extra fields (Django's request logging adds the
request, whose text includes the query string). Attached to the app's log handler in
settings.LOGGING (with ``JsonFormatter``, which prints the masked traceback) and, through
``GunicornLogger``, to gunicorn's access and error logs.

Free of Django imports at import time: gunicorn loads it before the app. The token addresses
are read from the URLconf the first time a line is masked once Django is set up.
"""

import logging
import re
import threading
import traceback

from gunicorn.glogging import Logger
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

# What can end a line or disguise one: C0 and C1 controls (line feed, carriage return, escape,
# next line, ...), DEL, the line and paragraph separators, and the invisible characters that
# reorder or hide text (bidirectional overrides and isolates, zero-width characters, BOM).
CONTROL = re.compile(
    r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# An address as typed, or as it appears percent-encoded in a URL (@ as %40). It starts only
# where a run of the characters it is made of starts: tried at every letter of a long run
# without an @, it would take time quadratic in the run's length.
LOCAL_PART = "[A-Za-z0-9._%+-]"
EMAIL = re.compile(
    rf"(?<!{LOCAL_PART})(?P<first>{LOCAL_PART}){LOCAL_PART}*(?P<at>@|%40)"
    r"(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
# The admin's search box: ?q=… or &q=… in a URL, whatever it holds.
SEARCH_TERM = re.compile(r"(?P<key>[?&]q=)[^&#\s\"'>]*")
# A secret token in an address ends where its path segment does, or where the literal rest of
# the segment starts (".ics" after a calendar feed's token).
SEGMENT_CHARACTER = r"[^/\s\"'<>?#]"
# What every LogRecord has; anything else on a record is an "extra" a formatter may print.
STANDARD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
PLAIN_VALUES = (int, float, bool, type(None))


def _escape(match):
    char = match[0]
    if char in SHORT_ESCAPES:
        return SHORT_ESCAPES[char]
    return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"


def escape_controls(text):
    """``text`` with every control character written as an escape: ``\n``, ``\x1b``, ``\u2028``."""
    return CONTROL.sub(_escape, text)


class _TokenAddresses:
    """
    The regexes that mask the token in every address with one, read from the URLconf once,
    and one regex that finds whether a line holds any such address at all (most do not).
    """

    def __init__(self):
        self._read_places = None
        self._reading = threading.local()

    def mask(self, text):
        any_place, patterns = self._places()
        if any_place is None or not any_place.search(text):
            return text
        for pattern in patterns:
            text = pattern.sub(_hide_token, text)
        return text

    def _places(self):
        if self._read_places is None and not getattr(self._reading, "active", False):
            self._reading.active = True  # reading the URLconf may log; that line waits
            try:
                self._read_places = self._read()
            finally:
                self._reading.active = False
        return self._read_places or (None, ())

    @staticmethod
    def _read():
        try:
            from django.apps import apps
        except ImportError:
            return None
        if not apps.ready:
            return None  # gunicorn's master, or Django still starting: no request logged yet
        from . import url_tokens

        places = url_tokens.token_places()
        any_place = re.compile("|".join(f"(?:{place.before})" for place in places) or "(?!)")
        return any_place, [_token_pattern(place) for place in places]


def _token_pattern(place):
    """The regex of a token at ``place`` (core.url_tokens.TokenPlace), the token as ``secret``."""
    token = f"{SEGMENT_CHARACTER}+"
    if place.after:
        segment_end = f"(?={place.after}(?!{SEGMENT_CHARACTER}))"
        token = f"{SEGMENT_CHARACTER}+?{segment_end}|{token}"
    return re.compile(f"(?P<before>{place.before})(?P<secret>{token})")


def _hide_token(match):
    return match["before"] + "***"


TOKEN_ADDRESSES = _TokenAddresses()


def mask(text):
    """
    ``text`` as a log may show it: control characters escaped, addresses as
    m***@example.com, search terms as q=***, the tokens in addresses as ***.

    Every access line passes here, so each regex runs only where a plain test shows that it
    may have something to do.
    """
    if not text.isprintable():  # every CONTROL character is unprintable
        text = escape_controls(text)
    if "@" in text or "%40" in text:
        text = EMAIL.sub(r"\g<first>***\g<at>\g<domain>", text)
    text = TOKEN_ADDRESSES.mask(text)
    if "q=" in text:
        text = SEARCH_TERM.sub(r"\g<key>***", text)
    return text


def mask_lines(text):
    """A traceback or stack masked line by line: its line breaks are its own."""
    return "\n".join(mask(line) for line in text.split("\n"))


# The parts of a formatted traceback that Python writes itself, from code and file names: the
# heading, the frames, "[Previous line repeated …]" and, starting with a line break, the text
# between chained exceptions. The rest are the exceptions' messages (and notes).
TRACEBACK_OWN_PARTS = ("Traceback (most recent call last):", "  File ", "  [Previous line", "\n")


def format_exception(exc_info):
    """
    The traceback of ``exc_info``, each exception's message on one line: a message can hold
    what a visitor sent, and a line break in it must not start a line of the log.
    """
    parts = traceback.format_exception(*exc_info)
    return "".join(
        part
        if part.startswith(TRACEBACK_OWN_PARTS)
        else escape_controls(part.removesuffix("\n")) + "\n"
        for part in parts
    ).removesuffix("\n")


class PersonalDataFilter(logging.Filter):
    def filter(self, record):
        record.msg = mask(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            # logging.Formatter prints exc_text when it is set; so does JsonFormatter below.
            record.exc_text = format_exception(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_lines(record.exc_text)
        if record.stack_info:
            record.stack_info = mask_lines(record.stack_info)
        for name, value in list(vars(record).items()):
            if name not in STANDARD_ATTRIBUTES and not isinstance(value, PLAIN_VALUES):
                setattr(record, name, mask(str(value)))
        return True


PERSONAL_DATA_FILTER = PersonalDataFilter()


class JsonFormatter(BaseJsonFormatter):
    """python-json-logger's formatter, printing the traceback as the filter masked it."""

    def format(self, record):
        if not (record.exc_info and record.exc_text):
            return super().format(record)
        # It would format exc_info afresh, unmasked; exc_info stays for other handlers.
        exc_info, record.exc_info = record.exc_info, None
        try:
            return super().format(record)
        finally:
            record.exc_info = exc_info


class GunicornLogger(Logger):
    """gunicorn's own logger, with every access and error line masked like the app's."""

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            log.addFilter(PERSONAL_DATA_FILTER)
