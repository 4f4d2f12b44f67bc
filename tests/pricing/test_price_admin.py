"""
Staff type prices in the admin the Finnish way, and no slip reaches the public price list.

A price typed "95,50" once became 9550 and went live at once; now the admin reads numbers as a
Finn means them, refuses what could be read two ways, saves a new price hidden, and asks
before saving a price ten times off the others of its kind.
"""

import re
from decimal import Decimal

import pytest
from django.test import Client

from pricing.models import PriceRow
from services.models import SupervisionForm
from tests.support.admin_forms import in_finnish_fields
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db

ADD_URL = "/hallinta/pricing/pricerow/add/"


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_content_editor())
    return client


def price_form(**overrides):
    """The admin's add form for a price, as the browser sends it (nothing ticked)."""
    data = {
        "what": "Yksilötyönohjaus",
        "form": "",
        "unit": "istunto 90 min",
        "price": "95,50",
        "confirm_unusual_price": "False",
        "vat_rate": "25.5",
        "vat_note": "",
        "notes": "",
    }
    data.update(overrides)
    return in_finnish_fields(PriceRow, data)


def field_errors(response, name):
    return response.context["adminform"].form.errors.get(name, [])


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("95,50", Decimal("95.50")),
        ("95.50", Decimal("95.50")),
        ("1 234,50", Decimal("1234.50")),
        ("1\u00a0234,50", Decimal("1234.50")),
        ("1\u202f234,50", Decimal("1234.50")),
        ("1.234,50", Decimal("1234.50")),
        ("120", Decimal("120")),
    ],
)
def test_a_price_typed_the_finnish_way_is_stored_as_meant(editor, typed, stored):
    response = editor.post(ADD_URL, price_form(price=typed))

    assert response.status_code == 302
    assert PriceRow.objects.get().price == stored


@pytest.mark.parametrize("typed", ["1.234", "1,234"])
def test_a_price_that_could_be_thousands_or_decimals_is_refused_in_finnish(editor, typed):
    response = editor.post(ADD_URL, price_form(price=typed))

    assert response.status_code == 200
    assert field_errors(response, "price") == [
        f"”{typed}” voi tarkoittaa tuhansia tai desimaaleja. Kirjoita desimaalit pilkun "
        "jälkeen (esim. 1,5) ja tuhannet välilyönnillä erotettuina (esim. 1 234)."
    ]
    assert not PriceRow.objects.exists()


@pytest.mark.parametrize("typed", ["1,234.50", "12 34", "9550 e", "95,5,0"])
def test_a_price_that_is_no_number_is_refused_in_finnish(editor, typed):
    response = editor.post(ADD_URL, price_form(price=typed))

    assert response.status_code == 200
    assert field_errors(response, "price") == ["Kirjoita luku, esim. 95 tai 1 234,50."]
    assert not PriceRow.objects.exists()


def test_the_form_shows_a_saved_price_with_a_decimal_comma_in_a_text_field(editor):
    row = PriceRow.objects.create(what="Ryhmä", unit="120 min", price=Decimal("1234.50"))

    html = editor.get(f"/hallinta/pricing/pricerow/{row.pk}/change/").content.decode()

    assert 'name="price" value="1234,50"' in html
    assert 'inputmode="decimal"' in html
    assert 'type="number"' not in html


def test_a_new_price_row_is_unpublished_until_staff_tick_it(editor):
    editor.post(ADD_URL, price_form(what="Piilossa"))
    editor.post(ADD_URL, price_form(what="Julki", published="on"))

    assert PriceRow.objects.get(what="Piilossa").published is False
    assert PriceRow.objects.get(what="Julki").published is True
    assert "Piilossa" not in Client().get("/hinnat/").content.decode()


def test_the_add_form_starts_with_published_unticked(editor):
    html = editor.get(ADD_URL).content.decode()

    [checkbox] = re.findall(r'<input type="checkbox" name="published"[^>]*>', html)
    assert "checked" not in checkbox


@pytest.fixture
def usual_prices():
    form = SupervisionForm.objects.get(slug="yksilotyonohjaus")
    for price in ("90.00", "95.00", "120.00"):
        PriceRow.objects.create(what="Yksilö", form=form, unit="istunto", price=Decimal(price))
    return form


@pytest.mark.parametrize("typed", ["9550", "9,00"])
def test_a_price_ten_times_off_its_kind_asks_for_confirmation(editor, usual_prices, typed):
    response = editor.post(ADD_URL, price_form(form=usual_prices.pk, price=typed))

    assert response.status_code == 200
    [warning] = field_errors(response, "price")
    assert "yli kymmenkertainen tai alle kymmenesosa" in warning
    assert "mediaanista (95,00\u00a0€)" in warning
    html = response.content.decode()
    assert 'type="checkbox" name="confirm_unusual_price"' in html
    assert "Hinta on oikein" in html
    assert PriceRow.objects.count() == 3


def test_a_confirmed_unusual_price_is_saved(editor, usual_prices):
    response = editor.post(
        ADD_URL, price_form(form=usual_prices.pk, price="9550", confirm_unusual_price="on")
    )

    assert response.status_code == 302
    assert PriceRow.objects.filter(price=Decimal("9550")).exists()


def test_a_usual_price_asks_nothing_and_the_box_stays_hidden(editor, usual_prices):
    html = editor.get(ADD_URL).content.decode()
    response = editor.post(ADD_URL, price_form(form=usual_prices.pk, price="130,00"))

    assert 'type="hidden" name="confirm_unusual_price"' in html
    assert response.status_code == 302


def test_an_unusual_price_is_compared_with_all_prices_when_its_form_has_none(editor, usual_prices):
    response = editor.post(ADD_URL, price_form(form="", price="2000"))

    assert response.status_code == 200
    assert "mediaanista (95,00\u00a0€)" in field_errors(response, "price")[0]
