"""
No email address a visitor types may hold control or other invisible characters: Django's
own validator lets them through in a quoted local part, and from there they would reach mail
headers, the envelope and invites. One validator in core refuses them on every such form.
"""

from decimal import Decimal

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import translation

from community_map.models import TeamLinkEmail, TeamSurvey
from core.client_forms import validate_email_characters
from events.models import Registration
from tests.support.events import make_event, registration_data
from tests.support.team_maps import create

# A control character in a quoted local part, a zero-width space that the domain's ASCII form
# drops (a@example.com in disguise), a right-to-left override.
CONTROLLED = ['"a\x01b"@example.com', "a@exa\u200bmple.com", "a@example.com\u202e"]


@pytest.mark.parametrize("address", CONTROLLED)
def test_the_validator_refuses_control_and_invisible_characters_in_finnish(address):
    with pytest.raises(ValidationError) as refused:
        validate_email_characters(address)

    with translation.override("fi"):
        assert refused.value.messages == [
            "Poistakaa sähköpostiosoitteesta näkymättömät ohjausmerkit."
        ]


@pytest.mark.parametrize("address", ["maija@example.com", '"maija virtanen"@example.com',
                                     "äiti@bücher.example"])  # fmt: skip
def test_the_validator_accepts_ordinary_addresses(address):
    validate_email_characters(address)


@pytest.mark.django_db
@pytest.mark.parametrize("address", CONTROLLED)
def test_the_team_leader_s_email_address_is_refused_in_finnish(address):
    response = create(email=address)

    assert response.status_code == 400
    assert "Poistakaa sähköpostiosoitteesta näkymättömät ohjausmerkit." in response.content.decode()
    assert not TeamSurvey.objects.exists()
    assert not TeamLinkEmail.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
@pytest.mark.parametrize("address", CONTROLLED)
def test_an_event_registrations_invoicing_address_is_refused_in_finnish(client, address):
    event = make_event(places=3, price=Decimal("120"))

    response = client.post(
        event.get_absolute_url(),
        registration_data(invoicing="organisation", invoice_email=address),
    )

    assert response.status_code == 400
    assert "Poistakaa sähköpostiosoitteesta näkymättömät ohjausmerkit." in response.content.decode()
    assert not Registration.objects.exists()
    assert mail.outbox == []
