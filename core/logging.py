"""
Keep personal data out of the logs: email addresses and admin search terms are masked.

``PersonalDataFilter`` rewrites a record before any handler formats it: its message with the
arguments filled in, its traceback and any extra fields (Django's request logging adds the
request, whose text includes the query string). Attached to the app's log handler in
settings.LOGGING (with ``JsonFormatter``, which prints the masked traceback) and, through
``GunicornLogger``, to gunicorn's access and error logs.

Deliberately free of Django imports: gunicorn loads it before the app.
"""

import logging
import re

from gunicorn.glogging import Logger
from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

# An address as typed, or as it appears percent-encoded in a URL (@ as %40).
EMAIL = re.compile(
    r"(?P<first>[A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*(?P<at>@|%40)"
    r"(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})"
)
# The admin's search box: ?q=… or &q=… in a URL, whatever it holds.
SEARCH_TERM = re.compile(r"(?P<key>[?&]q=)[^&#\s\"'>]*")
# The secret tokens of the team map's addresses (answer, results, a member's own map).
TEAM_MAP_TOKEN = re.compile(r"(?P<key>/tiimi/(?:vastaa|tulokset|oma)/)[^/\s\"'?#]+")
# What every LogRecord has; anything else on a record is an "extra" a formatter may print.
STANDARD_ATTRIBUTES = set(vars(logging.makeLogRecord({}))) | {"message", "asctime"}
PLAIN_VALUES = (int, float, bool, type(None))


def mask(text):
    """``text`` with addresses as m***@example.com, search terms as q=***, tokens as ***."""
    text = EMAIL.sub(r"\g<first>***\g<at>\g<domain>", text)
    text = TEAM_MAP_TOKEN.sub(r"\g<key>***", text)
    return SEARCH_TERM.sub(r"\g<key>***", text)


class PersonalDataFilter(logging.Filter):
    def filter(self, record):
        record.msg = mask(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            # logging.Formatter prints exc_text when it is set; so does JsonFormatter below.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        if record.stack_info:
            record.stack_info = mask(record.stack_info)
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
