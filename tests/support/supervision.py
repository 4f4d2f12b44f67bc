"""Supervision processes, their terms and the staff who handle them, for tests."""

import secrets
from datetime import date
from decimal import Decimal

from django.contrib.auth.models import Group, User

from core import roles
from pricing.models import PriceRow
from processes.links import purchaser_link
from processes.models import AgreementTerms, Goal, Process
from tests.support.bookings import make_supervisor

GOALS = [
    (
        "Vaikeista asioista puhutaan palavereissa suoraan.",
        "Palaverien muistioissa on sovittuja ratkaisuja.",
    ),
    ("Työnjako on selvä kaikille.", "Kukaan ei kysy viikoittain, kenelle tehtävä kuuluu."),
]


def make_terms(**fields):
    values = {
        "name": "Testiehdot",
        "invoicing": "Laskutamme toteutuneet tapaamiset kuukausittain, maksuaika 14 päivää.",
        "cancellation": "Tapaamisen voi siirtää maksutta viimeistään viikkoa ennen.",
        "confidentiality": "Tapaamisissa puhuttu jää ryhmän ja työnohjaajan välille.",
        "evaluation": "Arvioimme edistymistä tavoitteisiin puolivälissä ja lopussa.",
        "ending_early": "Kumpikin osapuoli voi päättää työnohjauksen kuukauden irtisanomisajalla.",
        **fields,
    }
    return AgreementTerms.objects.create(**values)


def make_process(supervisors=None, goals=GOALS, terms=None, **fields):
    """A group's process of two goals with its terms, a price and one supervisor."""
    price = PriceRow.objects.create(
        what="Ryhmätyönohjaus", unit="tapaaminen 90 min", price=Decimal("240"), published=True
    )
    values = {
        "organisation": "Esimerkkikaupungin sosiaalitoimi",
        "group_name": "Lastensuojelun tiimi",
        "purchaser_name": "Paula Päällikkö",
        "purchaser_title": "palvelupäällikkö",
        "purchaser_email": "paula@example.com",
        "participants": 7,
        "planned_sessions": 10,
        "rhythm": "kerran kuukaudessa, 90 min",
        "mode": Process.Mode.ON_SITE,
        "place": "Kaupungintalo, neuvotteluhuone 3",
        "price_row": price,
        "employer_information": "Läsnäolot ja arviointien yhteenvedot; ei tapaamisten sisältöä.",
        "starts_on": date(2027, 1, 15),
        "planned_end_on": date(2027, 12, 15),
        "terms": terms if terms is not None else make_terms(),
        **fields,
    }
    process = Process.objects.create(**values)
    if supervisors is None:
        supervisors = [make_supervisor(slug=f"ohjaaja-{secrets.token_hex(4)}", name="Anna Ohjaaja")]
    process.supervisors.set(supervisors)
    for position, (change, indicator) in enumerate(goals):
        Goal.objects.create(process=process, position=position, change=change, indicator=indicator)
    return process


def purchaser_token(process):
    return purchaser_link(process).manage_token


def staff_with_role(role, username=None):
    user = User.objects.create_user(
        username or f"henkilo-{secrets.token_hex(4)}", password="x" * 12, is_staff=True
    )
    user.groups.add(Group.objects.get(name=role))
    return user


def supervisor_user(supervisor=None, username=None):
    """A staff account with the role Työnohjaaja, linked to ``supervisor``'s profile."""
    user = staff_with_role(roles.SUPERVISORS, username)
    if supervisor is not None:
        supervisor.account = user
        supervisor.save(update_fields=["account"])
    return user
