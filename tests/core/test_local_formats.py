"""
Dates, times and prices read as each language writes them: Finnish and Finland-Swedish alike
with their own day names, English as written in Europe.
"""

from datetime import date, datetime
from decimal import Decimal

import pytest
from django.utils import translation

from booking.timefmt import HELSINKI, long_day_label, slot_label, week_label
from core import local_formats
from pricing.vat import Price

NBSP = "\u00a0"
TUESDAY = datetime(2026, 12, 8, 14, 0, tzinfo=HELSINKI)


@pytest.mark.parametrize(
    ("language", "slot", "heading"),
    [
        ("fi", "ti 8.12. klo 14.00", "tiistai 8.12.2026"),
        ("sv", "tis 8.12. kl. 14.00", "tisdag 8.12.2026"),
        ("en", "Tue 8 Dec at 14:00", "Tuesday 8 December 2026"),
    ],
)
def test_a_booking_time_reads_as_the_language_writes_it(language, slot, heading):
    with translation.override(language):
        assert slot_label(TUESDAY) == slot
        assert long_day_label(TUESDAY.date()) == heading


@pytest.mark.parametrize(
    ("language", "same_month", "two_months"),
    [
        ("fi", "Viikko 50: 7.–13.12.", "Viikko 1: 29.12.–4.1."),
        ("sv", "Vecka 50: 7.–13.12.", "Vecka 1: 29.12.–4.1."),
        ("en", "Week 50: 7–13 Dec", "Week 1: 29 Dec – 4 Jan"),
    ],
)
def test_a_week_reads_as_the_language_writes_it(language, same_month, two_months):
    with translation.override(language):
        assert week_label(date(2026, 12, 7)) == same_month
        assert week_label(date(2025, 12, 29)) == two_months


@pytest.mark.parametrize(
    ("language", "text"),
    [("fi", "31.1.2027"), ("sv", "31.1.2027"), ("en", "31 January 2027")],
)
def test_a_date_reads_as_the_language_writes_it(language, text):
    with translation.override(language):
        assert local_formats.date(date(2027, 1, 31)) == text


@pytest.mark.parametrize(
    ("language", "net", "calculation"),
    [
        ("fi", f"1{NBSP}200,00{NBSP}€", f"1{NBSP}200,00{NBSP}€ + alv 25,5{NBSP}%"),
        ("sv", f"1{NBSP}200,00{NBSP}€", f"1{NBSP}200,00{NBSP}€ + moms 25,5{NBSP}%"),
        ("en", "€1,200.00", "€1,200.00 + VAT 25.5%"),
    ],
)
def test_a_price_reads_as_the_language_writes_it(language, net, calculation):
    price = Price(Decimal("1200"), Decimal("25.5"))

    with translation.override(language):
        assert price.net_text == net
        assert price.calculation.startswith(calculation)


@pytest.mark.parametrize(
    ("language", "figure", "changes"),
    [
        ("fi", "2,6", ["+0,8", "\u22120,3", "0,0"]),
        ("sv", "2,6", ["+0,8", "\u22120,3", "0,0"]),
        ("en", "2.6", ["+0.8", "\u22120.3", "0.0"]),
    ],
)
def test_a_figure_and_its_change_read_as_the_language_writes_them(language, figure, changes):
    with translation.override(language):
        assert local_formats.decimal(Decimal("2.6")) == figure
        assert [
            local_formats.change(value)
            for value in (Decimal("0.8"), Decimal("-0.3"), Decimal("0.0"))
        ] == changes
