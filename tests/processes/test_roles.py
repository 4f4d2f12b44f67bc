"""
Who reaches supervision processes: those handling processes see every one; a supervisor only
those they lead (by their profile's staff account), by no admin address another's; content
editors and enquiry handlers none, by any admin or public route.
"""

import pytest
from django.contrib.auth.models import User
from django.core import mail
from django.test import Client
from django.urls import reverse

from core import roles
from processes import agreements
from processes.models import Process
from tests.support.bookings import make_supervisor
from tests.support.factories import enquiry_handler, log_in_verified, make_content_editor
from tests.support.supervision import (
    make_process,
    make_terms,
    purchaser_token,
    staff_with_role,
    supervisor_user,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("commit_at_once")]

SECRET = "zqsalainen"


def client_of(user):
    client = Client()
    client.force_login(user)
    return client


def admin_addresses(process):
    """Every admin address of one process, its agreement and the lists that could show it."""
    pk = process.pk
    return [
        reverse("admin:processes_process_changelist"),
        reverse("admin:processes_process_changelist") + f"?q={SECRET}",
        reverse("admin:processes_process_change", args=[pk]),
        reverse("admin:processes_process_history", args=[pk]),
        reverse("admin:processes_process_delete", args=[pk]),
        reverse("admin:processes_process_agreement", args=[pk]),
        reverse("admin:processes_process_agreement", args=[pk]) + "?versio=1",
        reverse("admin:processes_process_agreement_pdf", args=[pk]),
        reverse("admin:app_list", args=["processes"]),
        reverse("admin:index"),
    ]


@pytest.fixture
def two_processes():
    anna = make_supervisor(slug="anna", name="Anna Ohjaaja")
    ben = make_supervisor(slug="ben", name="Ben Ohjaaja")
    terms = make_terms()
    own = make_process(supervisors=[anna], terms=terms, organisation="Annan asiakas")
    other = make_process(
        supervisors=[ben],
        terms=terms,
        organisation=f"{SECRET} Benin asiakas",
        purchaser_email=f"{SECRET}@example.com",
        goals=[(f"{SECRET}tavoite", f"{SECRET}mittari")],
    )
    agreements.current_version(other)  # the other process's agreement has its first version
    return anna, own, other


@pytest.mark.parametrize("who", ["content editor", "enquiry handler"])
def test_content_editors_and_enquiry_handlers_reach_no_process_by_any_route(two_processes, who):
    _anna, own, other = two_processes
    user = make_content_editor() if who == "content editor" else enquiry_handler()
    client = client_of(user)
    token = purchaser_token(other)

    for process in (own, other):
        for address in admin_addresses(process)[:-2]:
            response = client.get(address)
            assert response.status_code in (403, 404), address
            assert SECRET not in response.content.decode(), address
        action = client.post(
            reverse("admin:processes_process_changelist"),
            {"action": "send_agreement_links", "_selected_action": [process.pk],
             "sending_confirmed": "1"},
        )  # fmt: skip
        assert action.status_code == 403
    home = client.get(reverse("admin:index")).content.decode()
    assert "Työnohjausprosessit" not in home
    assert SECRET not in home
    assert client.get(reverse("admin:processes_agreementterms_changelist")).status_code == 403
    assert client.get(reverse("admin:processes_process_add")).status_code == 403
    # The public pages need the purchaser's secret, which no admin page shows.
    assert client.get(reverse("processes:agreement", args=["x" * 64])).status_code == 404
    assert mail.outbox == []
    assert token


def test_a_supervisor_sees_only_their_own_processes_by_every_admin_address(two_processes):
    anna, own, other = two_processes
    client = client_of(supervisor_user(anna))

    for address in admin_addresses(other)[2:8]:
        response = client.get(address)
        assert response.status_code == 404, address
        assert SECRET not in response.content.decode(), address
    listing = client.get(reverse("admin:processes_process_changelist")).content.decode()
    searched = client.get(reverse("admin:processes_process_changelist"), {"q": SECRET})
    home = client.get(reverse("admin:index")).content.decode()
    sent = client.post(
        reverse("admin:processes_process_changelist"),
        {"action": "send_agreement_links", "_selected_action": [other.pk],
         "sending_confirmed": "1"},
    )  # fmt: skip
    deleted = client.post(
        reverse("admin:processes_process_changelist"),
        {"action": "delete_selected", "_selected_action": [other.pk], "post": "yes"},
    )

    assert "Annan asiakas" in listing
    assert SECRET not in listing
    assert "Benin asiakas" not in searched.content.decode()
    assert "Työnohjausprosessit" in home
    assert SECRET not in home
    assert sent.status_code in (200, 302)
    assert mail.outbox == []
    assert deleted.status_code in (200, 302, 403)
    assert Process.objects.filter(pk=other.pk).exists()
    for address in admin_addresses(own)[2:4] + admin_addresses(own)[5:8]:
        assert client.get(address).status_code == 200, address
    # A supervisor does not delete processes (those handling processes do).
    assert client.get(reverse("admin:processes_process_delete", args=[own.pk])).status_code == 403


def test_a_supervisor_cannot_save_another_supervisors_process(two_processes):
    anna, _own, other = two_processes
    client = client_of(supervisor_user(anna))

    response = client.post(
        reverse("admin:processes_process_change", args=[other.pk]),
        {"organisation": "Kaapattu"},
    )

    assert response.status_code == 404
    other.refresh_from_db()
    assert other.organisation.startswith(SECRET)


def test_a_process_handler_sees_every_process(two_processes):
    _anna, own, other = two_processes
    client = client_of(staff_with_role(roles.PROCESS_HANDLERS))

    listing = client.get(reverse("admin:processes_process_changelist")).content.decode()

    assert "Annan asiakas" in listing
    assert f"{SECRET} Benin asiakas" in listing
    for process in (own, other):
        for address in admin_addresses(process):
            assert client.get(address).status_code == 200, address


def process_form(process=None, supervisors=(), **fields):
    """The process's change form as the admin posts it, with one goal."""
    data = {
        "organisation": "Uusi asiakas",
        "group_name": "",
        "purchaser_name": "Tiina Tilaaja",
        "purchaser_title": "johtaja",
        "purchaser_email": "tiina@example.com",
        "language": "fi",
        "supervisors": [str(s.pk) for s in supervisors],
        "participants": "6",
        "planned_sessions": "8",
        "rhythm": "kerran kuukaudessa",
        "mode": "remote",
        "place": "",
        "price_note": "",
        "employer_information": "Läsnäolot.",
        "starts_on": "1.2.2027",
        "planned_end_on": "1.12.2027",
        "retention_years": "2",
        "goals-TOTAL_FORMS": "1",
        "goals-INITIAL_FORMS": "0",
        "goals-MIN_NUM_FORMS": "1",
        "goals-MAX_NUM_FORMS": "1000",
        "goals-0-change": "Palaverit ovat lyhyempiä.",
        "goals-0-indicator": "Ne päättyvät ajallaan.",
        "goals-0-position": "0",
    }
    data.update(fields)
    return data


def test_a_supervisor_adds_a_process_only_with_themself_among_its_supervisors(two_processes):
    anna, _own, _other = two_processes
    colleague = make_supervisor(slug="cecilia", name="Cecilia Ohjaaja")
    client = client_of(supervisor_user(anna))
    add = reverse("admin:processes_process_add")

    without = client.post(add, process_form(supervisors=[colleague]))
    with_self = client.post(add, process_form(supervisors=[anna, colleague]))

    assert without.status_code == 200
    assert "Valitse itsesi työnohjaajien joukkoon" in without.content.decode()
    assert with_self.status_code == 302
    made = Process.objects.get(organisation="Uusi asiakas")
    assert set(made.supervisors.all()) == {anna, colleague}
    assert [goal.change for goal in made.goals.all()] == ["Palaverit ovat lyhyempiä."]


def test_only_account_managers_link_a_supervisor_profile_to_a_login(two_processes):
    anna, _own, _other = two_processes
    editor = client_of(make_content_editor())
    superuser = Client()
    log_in_verified(superuser, User.objects.create_superuser("paa", "p@example.com", "x" * 12))
    change = reverse("admin:supervisors_supervisor_change", args=[anna.pk])

    assert 'name="account"' not in editor.get(change).content.decode()
    assert 'name="account"' in superuser.get(change).content.decode()


def test_an_edit_saved_in_the_admin_after_acceptance_makes_a_new_version_to_accept(
    two_processes,
):
    anna, own, _other = two_processes
    first = agreements.current_version(own)
    agreements.accept(first, first.digest, "Paula Päällikkö", "palvelupäällikkö")
    client = client_of(supervisor_user(anna))
    goals = list(own.goals.all())
    data = process_form(
        supervisors=[anna],
        organisation=own.organisation,
        group_name=own.group_name,
        purchaser_name=own.purchaser_name,
        purchaser_email=own.purchaser_email,
        terms=str(own.terms_id),
        **{"goals-TOTAL_FORMS": str(len(goals)), "goals-INITIAL_FORMS": str(len(goals))},
    )
    for row, goal in enumerate(goals):
        data.update({
            f"goals-{row}-id": str(goal.pk),
            f"goals-{row}-process": str(own.pk),
            f"goals-{row}-change": goal.change if row else "Uusi ensimmäinen tavoite.",
            f"goals-{row}-indicator": goal.indicator,
            f"goals-{row}-position": str(row),
        })  # fmt: skip

    saved = client.post(reverse("admin:processes_process_change", args=[own.pk]), data)

    assert saved.status_code == 302
    first.refresh_from_db()
    second = own.agreement.versions.get(number=2)
    assert first.accepted_name == "Paula Päällikkö"
    assert "Uusi ensimmäinen tavoite." not in first.content
    assert "Uusi ensimmäinen tavoite." in second.content
    assert second.accepted_at is None
    change = client.get(reverse("admin:processes_process_change", args=[own.pk])).content.decode()
    assert "Versio 1</a>: hyväksytty" in change
    assert "Paula Päällikkö, palvelupäällikkö" in change
    assert "Versio 2</a>: odottaa hyväksyntää" in change
