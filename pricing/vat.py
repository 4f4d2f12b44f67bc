"""
Value added tax (arvonlisävero): rates and the amounts derived from them, in one place
(core.local_formats writes them in the reader's language).

The rates are Finland's: the general rate is 25.5 % since 1 September 2024. Amounts are
Decimals, rounded half up to the cent, as prices are written on Finnish invoices.
"""

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import local_formats

CENT = Decimal("0.01")


class VatRate(models.TextChoices):
    GENERAL = "25.5", _("25.5 % (the general rate)")
    REDUCED = "14", _("14 %")
    EXEMPT = "0", _("0 % (exempt: say why in the VAT note)")


DEFAULT_RATE = VatRate.GENERAL


@dataclass(frozen=True)
class Price:
    """A price without VAT and its VAT rate, with the amounts derived from them."""

    net: Decimal
    rate: Decimal

    def __post_init__(self):
        object.__setattr__(self, "net", Decimal(self.net))
        object.__setattr__(self, "rate", Decimal(self.rate))

    @property
    def vat(self):
        return (self.net * self.rate / 100).quantize(CENT, ROUND_HALF_UP)

    @property
    def gross(self):
        return self.net.quantize(CENT, ROUND_HALF_UP) + self.vat

    @property
    def is_exempt(self):
        return self.rate == 0

    @property
    def net_text(self):
        return local_formats.euros(self.net)

    @property
    def gross_text(self):
        return local_formats.euros(self.gross)

    @property
    def rate_text(self):
        return local_formats.percent(self.rate)

    @property
    def calculation(self):
        """``120,00 € + alv 25,5 % = 150,60 €``"""
        return gettext("%(net)s + VAT %(rate)s = %(gross)s") % {
            "net": self.net_text,
            "rate": self.rate_text,
            "gross": self.gross_text,
        }

    @property
    def without_vat(self):
        """``120,00 € (alv 0 %)``: the organisation's view."""
        return gettext("%(net)s (VAT %(rate)s)") % {
            "net": self.net_text,
            "rate": local_formats.percent(0),
        }

    @property
    def with_vat(self):
        """``150,60 € (sis. alv 25,5 %)``: a private person's view."""
        if self.is_exempt:
            return gettext("%(gross)s (VAT exempt)") % {"gross": self.gross_text}
        return gettext("%(gross)s (incl. VAT %(rate)s)") % {
            "gross": self.gross_text,
            "rate": self.rate_text,
        }
