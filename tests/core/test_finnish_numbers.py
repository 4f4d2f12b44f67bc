"""Every number a staff member types in the admin is read as a Finn means it, never guessed."""

from decimal import Decimal

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.test import RequestFactory

from core.finnish_numbers import FinnishDecimalField, FinnishIntegerField, parse

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("95,50", "95.50"),
        ("95.50", "95.50"),
        ("1 234,50", "1234.50"),
        ("1\u00a0234,50", "1234.50"),
        ("1\u202f234,50", "1234.50"),
        ("1.234,50", "1234.50"),
        ("1 234.50", "1234.50"),
        ("12.345.678,9", "12345678.9"),
        ("1 234 567", "1234567"),
        ("0,125", "0.125"),
        ("1234,567", "1234.567"),
        (" 30 ", "30"),
        ("\u22125,5", "-5.5"),
    ],
)
def test_a_number_means_what_a_finn_means(typed, meant):
    assert parse(typed) == Decimal(meant)


@pytest.mark.parametrize("typed", ["1.234", "1,234", "12.500", "999,000"])
def test_a_number_that_could_be_thousands_or_decimals_is_refused(typed):
    with pytest.raises(ValidationError) as refused:
        parse(typed)

    assert refused.value.code == "ambiguous"


@pytest.mark.parametrize(
    "typed", ["1,234.50", "1,234,567", "12 34", "1 23", ",5", "5,", "95 €", "viisi", "1 2.345"]
)
def test_what_is_no_number_is_refused(typed):
    with pytest.raises(ValidationError) as refused:
        parse(typed)

    assert refused.value.code == "invalid"


def test_a_whole_number_field_refuses_decimals_in_finnish():
    field = FinnishIntegerField()

    assert field.clean("1 234") == 1234
    with pytest.raises(ValidationError) as refused:
        field.clean("30,5")
    assert refused.value.messages == ["Kirjoita kokonaisluku, esim. 30."]


def every_admin_form():
    """(name, form class) of every registered ModelAdmin's form and its inlines' forms."""
    request = RequestFactory().get("/hallinta/")
    request.user = User(is_superuser=True, is_staff=True, is_active=True)
    for model, model_admin in admin.site._registry.items():
        yield model.__name__, model_admin.get_form(request)
        for inline in model_admin.get_inline_instances(request):
            yield inline.model.__name__, inline.get_formset(request).form


def test_every_number_field_in_every_admin_form_reads_finnish_numbers():
    checked = []
    for name, form_class in every_admin_form():
        model = form_class._meta.model
        for field_name, form_field in form_class.base_fields.items():
            try:
                db_field = model._meta.get_field(field_name)
            except FieldDoesNotExist:
                continue
            number = isinstance(db_field, (models.DecimalField, models.IntegerField))
            if number and not db_field.choices and not db_field.is_relation:
                checked.append(f"{name}.{field_name}")
                assert isinstance(form_field, (FinnishDecimalField, FinnishIntegerField)), (
                    f"{name}.{field_name}"
                )
                assert form_field.widget.input_type == "text", f"{name}.{field_name}"

    assert "PriceRow.price" in checked
    assert "Calendar.meeting_minutes" in checked
    assert "Credential.year" in checked
