"""
The contact form's default supervisor follows the same matching as booking: a client who said
their sector (``?ala=``, e.g. from the booking page) finds the supervisor who works in it
chosen; a sector nobody lists, or none at all, leaves "Ei väliä".
"""

import re

import pytest

from services.models import SupervisionForm
from tests.support.bookings import make_supervisor

pytestmark = pytest.mark.django_db


def chosen_supervisor(html):
    select = re.search(r'<select name="supervisor".*?</select>', html, re.S)[0]
    return re.search(r"<option ([^>]*)selected>([^<]*)<", select)[2]


@pytest.fixture
def supervisors():
    group = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    make_supervisor(slug="eero", name="Eero Opettaja", sectors="opetusala", published=True)
    make_supervisor(slug="aino", name="Aino Hoitaja", sectors="Terveydenhuolto", published=True)
    nurse_for_groups = make_supervisor(
        slug="kaisa", name="Kaisa Ryhmä", sectors="terveydenhuolto, sosiaaliala", published=True
    )
    nurse_for_groups.forms.add(group)


def test_the_sector_chooses_the_supervisor_who_works_in_it(client, supervisors):
    health = client.get("/ota-yhteytta/?ala=terveydenhuolto").content.decode()
    health_groups = client.get(
        "/ota-yhteytta/?ala=terveydenhuolto&aihe=ryhmatyonohjaus"
    ).content.decode()

    assert chosen_supervisor(health) == "Aino Hoitaja"
    assert chosen_supervisor(health_groups) == "Kaisa Ryhmä"


def test_without_a_known_sector_the_form_says_no_preference(client, supervisors):
    for query in ("", "?ala=muu", "?ala=metsatalous", "?aihe=ryhmatyonohjaus"):
        html = client.get("/ota-yhteytta/" + query).content.decode()

        assert chosen_supervisor(html) == "Ei väliä", query


def test_a_named_supervisor_wins_over_the_sector(client, supervisors):
    html = client.get("/ota-yhteytta/?ala=terveydenhuolto&ohjaaja=eero").content.decode()

    assert chosen_supervisor(html) == "Eero Opettaja"
