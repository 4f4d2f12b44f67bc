"""The inbox takes as few clicks as it can: open from the name, and a bulk action never ends
on an empty filter."""

import re

import pytest
from django.contrib.auth.models import Group, User
from django.test import Client

from contact.models import Enquiry
from tests.support.factories import make_enquiry

pytestmark = pytest.mark.django_db

INBOX = "/hallinta/contact/enquiry/"


@pytest.fixture
def handler():
    user = User.objects.create_user("kasittelija", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name="Yhteydenottojen käsittelijä"))
    client = Client()
    client.force_login(user)
    return client


def test_an_enquiry_opens_from_the_senders_name(handler):
    enquiry = make_enquiry(name="Maija Meikäläinen", organisation="Esimerkkikunta")

    html = handler.get(INBOX).content.decode()

    cell = re.search(r'<td class="field-sender">(.*?)</td>', html, re.S).group(1)
    assert (
        f'<a class="enquiry-sender" href="{INBOX}{enquiry.pk}/change/">Maija Meikäläinen</a>'
        in (cell)
    )
    assert "Esimerkkikunta" in cell
    assert f'<a href="mailto:{enquiry.email}">{enquiry.email}</a>' in cell


def mark_handled(client, query, *enquiries):
    return client.post(
        f"{INBOX}{query}",
        {"action": "mark_handled", "_selected_action": [e.pk for e in enquiries]},
    )


def test_marking_the_last_new_enquiry_handled_shows_all_enquiries_not_an_empty_list(handler):
    enquiry = make_enquiry()

    response = mark_handled(handler, "?tila=uusi", enquiry)

    assert response.status_code == 302
    assert response["Location"] == INBOX
    followed = handler.get(response["Location"])
    text = followed.content.decode()
    assert "0 osumaa" not in text
    assert "Valitulla tilalla ei ole enää yhteydenottoja: näytetään kaikki." in text
    enquiry.refresh_from_db()
    assert enquiry.status == Enquiry.Status.HANDLED


def test_marking_one_of_several_new_enquiries_handled_stays_on_the_new_ones(handler):
    first, _second = make_enquiry(name="Eka"), make_enquiry(name="Toka")

    response = mark_handled(handler, "?tila=uusi&kuukausi=", first)

    assert response.status_code == 302
    assert response["Location"] == f"{INBOX}?tila=uusi&kuukausi="


def test_the_other_filters_are_kept_when_the_status_filter_is_dropped(handler):
    enquiry = make_enquiry(name="Ainoa", message="Hei")

    response = mark_handled(handler, "?q=Ainoa&tila=uusi", enquiry)

    assert response["Location"] == f"{INBOX}?q=Ainoa"
