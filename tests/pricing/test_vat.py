"""VAT arithmetic and Finnish price formatting: Decimal, rounded half up to the cent."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from core.local_formats import euros, percent
from pricing.models import PriceRow
from pricing.vat import DEFAULT_RATE, Price, VatRate

NBSP = "\u00a0"


def test_the_general_rate_is_the_default():
    assert DEFAULT_RATE == VatRate.GENERAL == "25.5"
    assert PriceRow._meta.get_field("vat_rate").default == VatRate.GENERAL


@pytest.mark.parametrize(
    ("net", "rate", "vat", "gross"),
    [
        ("120.00", "25.5", "30.60", "150.60"),
        ("95.00", "25.5", "24.23", "119.23"),  # 24.225 rounds half up
        ("95.00", "14", "13.30", "108.30"),
        ("95.00", "0", "0.00", "95.00"),
        ("0.10", "25.5", "0.03", "0.13"),  # 0.0255 → 0.03
        ("1.98", "25.5", "0.50", "2.48"),  # 0.5049 → 0.50
    ],
)
def test_vat_is_rounded_half_up_to_the_cent(net, rate, vat, gross):
    price = Price(Decimal(net), rate)

    assert price.vat == Decimal(vat)
    assert price.gross == Decimal(gross)


def test_the_calculation_is_written_in_finnish():
    price = Price(Decimal("120.00"), VatRate.GENERAL)

    assert price.calculation == f"120,00{NBSP}€ + alv 25,5{NBSP}% = 150,60{NBSP}€"
    assert price.without_vat == f"120,00{NBSP}€ (alv 0{NBSP}%)"
    assert price.with_vat == f"150,60{NBSP}€ (sis. alv 25,5{NBSP}%)"


def test_a_second_example_is_written_in_finnish():
    assert Price(Decimal("95.00"), "25.5").calculation == (
        f"95,00{NBSP}€ + alv 25,5{NBSP}% = 119,23{NBSP}€"
    )


def test_an_exempt_price_says_so():
    assert Price(Decimal("95"), VatRate.EXEMPT).with_vat == f"95,00{NBSP}€ (arvonlisäveroton)"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        ("0", f"0,00{NBSP}€"),
        ("5.5", f"5,50{NBSP}€"),
        ("1200", f"1{NBSP}200,00{NBSP}€"),
        ("12345.675", f"12{NBSP}345,68{NBSP}€"),
    ],
)
def test_euros_use_a_decimal_comma_and_spaces_between_thousands(amount, text):
    assert euros(Decimal(amount)) == text


@pytest.mark.parametrize(("rate", "text"), [("25.5", "25,5"), ("14.0", "14"), ("0", "0")])
def test_rates_drop_needless_decimals(rate, text):
    assert percent(Decimal(rate)) == f"{text}{NBSP}%"


@pytest.mark.django_db
def test_a_zero_rate_row_needs_a_note_saying_why():
    row = PriceRow(what="Koulutus", unit="päivä", price=Decimal("500"), vat_rate=VatRate.EXEMPT)

    with pytest.raises(ValidationError) as error:
        row.full_clean()

    assert error.value.message_dict["vat_note"] == [
        "Kun alv on 0 %, kirjoita arvonlisäveroperusteeseen, miksi palvelu on arvonlisäveroton."
    ]
    row.vat_note = "Arvonlisäverolain mukainen vapautus."
    row.full_clean()


@pytest.mark.django_db
def test_the_database_refuses_a_zero_rate_row_without_a_note():
    with pytest.raises(IntegrityError), transaction.atomic():
        PriceRow.objects.create(
            what="Koulutus", unit="päivä", price=Decimal("500"), vat_rate=VatRate.EXEMPT
        )


@pytest.mark.django_db
def test_a_negative_price_is_refused():
    row = PriceRow(what="Istunto", unit="90 min", price=Decimal("-1"))

    with pytest.raises(ValidationError) as error:
        row.full_clean()

    assert "price" in error.value.message_dict
