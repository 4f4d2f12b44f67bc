"""
Numbers typed the Finnish way, read as a Finn means them, and never guessed.

"95,50", "95.50", "1 234,50" (a space, a no-break space or a narrow no-break space between
the thousands) and "1.234,50" are all 1234.50 or 95.50. A number whose separator could mean
either thousands or decimals ("1.234", "1,234") is refused with a Finnish error: read the
wrong way it would be a thousand times too big or too small.

The form fields here replace Django's number fields in every admin form
(``core.admin_base.FinnishAdmin``); they are plain text inputs, because a browser's number
input reads "95,50" by the browser's own language and may send "9550".
"""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import numberformat
from django.utils.translation import gettext_lazy as _

SPACES = re.compile(r"[ \u00a0\u202f\u2009]")
MINUS_SIGNS = "-\u2212"
DIGITS = re.compile(r"\d+")
# Digits in groups of three after the first group of one to three: "1", "12", "1 234".
GROUPED = re.compile(r"\d{1,3}(?:[ .]\d{3})+")

AMBIGUOUS = _(
    "“%(value)s” could mean thousands or decimals. Write the decimals after a comma "
    "(e.g. 1,5) and the thousands with a space (e.g. 1 234)."
)
INVALID = _("Enter a number, e.g. 95 or 1 234,50.")
NOT_WHOLE = _("Enter a whole number, e.g. 30.")


def parse(text):
    """
    Return the Decimal that ``text`` means to a Finn, or raise ValidationError.

    A comma is always the decimal separator; so is a single point, unless it could as well
    group thousands ("1.234"), which is refused. Spaces, and points when there is a comma or
    more than one point, group thousands in threes.
    """
    original = text.strip()
    value = SPACES.sub(" ", original)
    negative = value[:1] in MINUS_SIGNS
    if value[:1] in MINUS_SIGNS or value[:1] == "+":
        value = value[1:].lstrip()
    if not value[:1].isdigit() or not re.fullmatch(r"[\d .,]+", value):
        raise ValidationError(INVALID, code="invalid")

    whole, decimals = _split_decimals(value, original)
    if " " in whole or "." in whole:
        if (" " in whole and "." in whole) or not GROUPED.fullmatch(whole):
            raise ValidationError(INVALID, code="invalid")
        whole = re.sub(r"[ .]", "", whole)
    if decimals is not None and not DIGITS.fullmatch(decimals):
        raise ValidationError(INVALID, code="invalid")
    number = Decimal(whole if decimals is None else f"{whole}.{decimals}")
    return -number if negative else number


def _split_decimals(value, original):
    """Split ``value`` at its decimal separator: (whole part, decimals or None)."""
    commas, points = value.count(","), value.count(".")
    if commas > 1:
        # "1,234,567" groups thousands with commas, as English does; a Finn never would.
        raise ValidationError(INVALID, code="invalid")
    if commas == 1:
        whole, decimals = value.split(",")
    elif points == 1 and " " not in value:
        whole, decimals = value.split(".")
    elif points == 1:
        # "1 234.50": the spaces group the thousands, so the point is the decimal separator.
        whole, decimals = value.split(".")
        return whole, decimals
    else:
        return value, None
    if _could_be_thousands(whole, decimals):
        raise ValidationError(AMBIGUOUS, code="ambiguous", params={"value": original})
    return whole, decimals


def _could_be_thousands(whole, decimals):
    """True for "1.234" and "1,234": one to three digits, a separator and exactly three."""
    return len(decimals) == 3 and whole.isdigit() and len(whole) <= 3 and whole != "0"


class FinnishNumberInput(forms.TextInput):
    """A text input that shows a decimal comma and offers a phone's number keyboard."""

    input_mode = "decimal"

    def __init__(self, attrs=None):
        super().__init__({"inputmode": self.input_mode, **(attrs or {})})

    def format_value(self, value):
        if isinstance(value, (Decimal, float)):
            return numberformat.format(value, ",", use_l10n=False)
        return super().format_value(value)


class FinnishWholeNumberInput(FinnishNumberInput):
    input_mode = "numeric"


class FinnishNumberMixin:
    """Read typed text with ``parse`` before the number field's own checks."""

    def to_python(self, value):
        if isinstance(value, str) and value.strip():
            value = str(parse(value))
        return super().to_python(value)


class FinnishDecimalField(FinnishNumberMixin, forms.DecimalField):
    widget = FinnishNumberInput


class FinnishFloatField(FinnishNumberMixin, forms.FloatField):
    widget = FinnishNumberInput


class FinnishIntegerField(forms.IntegerField):
    widget = FinnishWholeNumberInput

    def to_python(self, value):
        if isinstance(value, str) and value.strip():
            number = parse(value)
            if number != number.to_integral_value():
                raise ValidationError(NOT_WHOLE, code="invalid")
            value = str(int(number))
        return super().to_python(value)


FORM_FIELDS = {
    models.DecimalField: FinnishDecimalField,
    models.FloatField: FinnishFloatField,
    models.IntegerField: FinnishIntegerField,
}


def form_class_for(db_field):
    """The Finnish form field class for a model's number field, or None for other fields."""
    if db_field.choices:
        return None
    for model_field, form_field in FORM_FIELDS.items():
        if isinstance(db_field, model_field):
            return form_field
    return None
