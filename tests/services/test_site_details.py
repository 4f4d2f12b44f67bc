"""The site's contact details are one record that cannot become two."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from services.models import SiteDetails, is_valid_business_id

pytestmark = pytest.mark.django_db


def test_saving_new_details_replaces_the_single_record():
    SiteDetails(name="Uusi nimi", email="uusi@example.com").save()

    assert SiteDetails.objects.count() == 1
    assert SiteDetails.load().name == "Uusi nimi"


def test_the_database_refuses_a_second_row():
    with pytest.raises(IntegrityError), transaction.atomic():
        SiteDetails.objects.bulk_create([SiteDetails(pk=2, name="Toinen", email="x@example.com")])


@pytest.mark.parametrize("value", ["0737546-2", "1572860-0", "2617416-4"])
def test_valid_business_ids_are_accepted(value):
    assert is_valid_business_id(value)


@pytest.mark.parametrize("value", ["0737546-3", "1234567", "abcdefg-h", "07375462", "1234567-1x"])
def test_invalid_business_ids_are_rejected(value):
    assert not is_valid_business_id(value)


def test_an_invalid_business_id_gets_a_finnish_error():
    details = SiteDetails.load()
    details.business_id = "0737546-3"

    with pytest.raises(ValidationError) as error:
        details.full_clean()

    assert "Anna kelvollinen Y-tunnus" in str(error.value)
