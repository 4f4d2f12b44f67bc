"""
Dates, times, euros and percentages as a reader of the request's language writes them.

Finnish and Finland-Swedish write them alike ("ti 3.12.", "14.00", "1 200,00 €", "25,5 %"),
each with its own names of the days; English as it is written in Europe ("Tue 3 Dec",
"14:00", "€1,200.00", "25.5%"). Django's own date formats for these languages differ from
what Finnish readers see on paper ("3. joulukuuta 2026"), and the admin, which keeps them,
stays Finnish.
"""

from decimal import ROUND_HALF_UP, Decimal

from django.utils import dateformat, numberformat
from django.utils.dates import WEEKDAYS, WEEKDAYS_ABBR
from django.utils.translation import get_language

CENT = Decimal("0.01")
NO_BREAK_SPACE = "\u00a0"
ENGLISH = "en"


def _english():
    return get_language() == ENGLISH


def date(day):
    """``3.12.2026``; in English ``3 December 2026``."""
    if _english():
        return dateformat.format(day, "j F Y")
    return f"{day.day}.{day.month}.{day.year}"


def short_day(day):
    """``ti 3.12.`` (``tis 3.12.``); in English ``Tue 3 Dec``."""
    if _english():
        return dateformat.format(day, "D j M")
    return f"{WEEKDAYS_ABBR[day.weekday()]} {day.day}.{day.month}."


def long_day(day):
    """``tiistai 3.12.2026`` (``tisdag 3.12.2026``); in English ``Tuesday 3 December 2026``."""
    if _english():
        return dateformat.format(day, "l j F Y")
    return f"{str(WEEKDAYS[day.weekday()]).lower()} {day.day}.{day.month}.{day.year}"


def day_span(first, last):
    """
    ``7.–13.12.`` or ``29.12.–4.1.`` for the days from ``first`` to ``last``; in English
    ``7–13 Dec`` or ``29 Dec – 4 Jan``.
    """
    if _english():
        if first.month == last.month:
            return f"{first.day}–{dateformat.format(last, 'j M')}"
        return f"{dateformat.format(first, 'j M')} – {dateformat.format(last, 'j M')}"
    if first.month == last.month:
        return f"{first.day}.–{last.day}.{last.month}."
    return f"{first.day}.{first.month}.–{last.day}.{last.month}."


def clock(hour, minute):
    """``14.00``; in English ``14:00``."""
    separator = ":" if _english() else "."
    return f"{hour}{separator}{minute:02d}"


def euros(amount):
    """``Decimal("1200")`` → ``1 200,00 €`` (no-break spaces); in English ``€1,200.00``."""
    amount = Decimal(amount).quantize(CENT, ROUND_HALF_UP)
    if _english():
        number = numberformat.format(
            amount, ".", decimal_pos=2, grouping=3, thousand_sep=",", force_grouping=True
        )
        return f"€{number}"
    number = numberformat.format(
        amount, ",", decimal_pos=2, grouping=3, thousand_sep=NO_BREAK_SPACE, force_grouping=True
    )
    return f"{number}{NO_BREAK_SPACE}€"


def percent(rate):
    """``Decimal("25.5")`` → ``25,5 %``, ``14.0`` → ``14 %``; in English ``25.5%``."""
    text = f"{Decimal(rate).normalize():f}"
    if _english():
        return f"{text}%"
    return f"{text.replace('.', ',')}{NO_BREAK_SPACE}%"


MINUS = "\u2212"


def decimal(value):
    """``Decimal("2.6")`` → ``2,6``; in English ``2.6``: a figure exactly as given."""
    text = f"{Decimal(value):f}"
    return text if _english() else text.replace(".", ",")


def change(value):
    """A difference with its sign: ``+0,8``, ``−0,3`` (a minus sign), ``0,0``; ``+0.8`` (en)."""
    value = Decimal(value)
    if value > 0:
        return f"+{decimal(value)}"
    if value < 0:
        return f"{MINUS}{decimal(-value)}"
    return decimal(value)
