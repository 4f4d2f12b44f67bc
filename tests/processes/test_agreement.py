"""
The supervision agreement through the purchaser's secret link: the same text as a page and as
a one-page A4 PDF; accepted once (a second acceptance answers 410); an edit after acceptance
makes a new version to accept while the accepted one stays as it was; bad input is refused in
Finnish with nothing recorded.
"""

import io
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from pypdf import PdfReader

from processes import agreements
from processes.models import AgreementTerms, AgreementVersion, Goal
from tests.support.factories import log_in_verified
from tests.support.supervision import GOALS, make_process, purchaser_token

pytestmark = pytest.mark.django_db


def page_of(token):
    return reverse("processes:agreement", args=[token])


def accept_path(token):
    return reverse("processes:accept", args=[token])


def acceptance(client, token, **fields):
    """The form as the page gives it, filled in and ticked, with ``fields`` over it."""
    html = client.get(page_of(token)).content.decode()
    data = {
        "name": "Paula Päällikkö",
        "title": "palvelupäällikkö",
        "confirm": "on",
        "version": re.search(r'name="version" value="(\d+)"', html).group(1),
        "digest": re.search(r'name="digest" value="([0-9a-f]{64})"', html).group(1),
    }
    data.update(fields)
    return data


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return len(reader.pages), " ".join(page.extract_text() for page in reader.pages)


def test_the_agreement_names_the_parties_and_goals_on_its_page_and_in_its_one_page_pdf(client):
    process = make_process()
    token = purchaser_token(process)

    page = client.get(page_of(token))
    pdf = client.get(reverse("processes:pdf", args=[token]))

    assert page.status_code == 200
    html = page.content.decode().replace("\u00a0", " ")
    assert pdf.status_code == 200
    assert pdf["Content-Type"] == "application/pdf"
    pages, text = pdf_text(pdf.content)
    assert pages == 1
    text = " ".join(text.replace("\u00a0", " ").split())
    for shown in (html, text):
        assert "Työnohjaussopimus" in shown
        assert "Esimerkkikaupungin sosiaalitoimi" in shown
        assert "Paula Päällikkö" in shown
        assert "Anna Ohjaaja" in shown
        for change, indicator in GOALS:
            assert change in shown
            assert indicator in shown
        assert "Läsnäolot ja arviointien yhteenvedot" in shown
        assert "240,00 € + alv 25,5 % = 301,20 €" in shown
        assert "kuukauden irtisanomisajalla" in shown
        assert "Ei vielä hyväksytty" in shown


def test_the_purchasers_pages_are_private_and_cost_few_queries(
    client, django_assert_max_num_queries
):
    token = purchaser_token(make_process())
    client.get(page_of(token))  # the first version is made on the first visit

    with django_assert_max_num_queries(10):
        page = client.get(page_of(token))
    with django_assert_max_num_queries(10):
        pdf = client.get(reverse("processes:pdf", args=[token]))

    for response in (page, pdf):
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]
        assert response["X-Robots-Tag"] == "noindex"
        assert response["Referrer-Policy"] == "no-referrer"


def test_after_an_edit_elsewhere_the_agreement_is_drawn_again_in_four_queries(
    client, django_assert_max_num_queries
):
    """
    A change of content the page does not show (a question of the FAQ) makes it be drawn
    again: the link with its process, the goals, the supervisors and the versions (the
    latest and those accepted before it, in one query). Its layout's parts stay kept.
    """
    from faq.models import Category, Question

    process = make_process()
    token = purchaser_token(process)
    client.get(page_of(token))
    version = AgreementVersion.objects.get(agreement__process=process)
    agreements.accept(version, version.digest, "Paula Päällikkö", "palvelupäällikkö")
    Goal.objects.create(process=process, position=9, change="Uusi tavoite", indicator="Mittari")
    client.get(page_of(token))  # the edit after the acceptance makes version 2
    category = Category.objects.create(name="Esimerkkiaihe")
    Question.objects.create(category=category, question="Esimerkki?", answer="Esimerkki.")

    with django_assert_max_num_queries(4):
        page = client.get(page_of(token))

    html = page.content.decode()
    assert page.status_code == 200
    assert "Uusi tavoite" in html
    assert 'id="aiemmat"' in html
    assert "?versio=1" in html  # the version accepted before is listed


def test_an_up_to_date_agreement_is_read_without_a_lock_or_a_write():
    """Only a read that makes or brings up to date a version takes the agreement's lock."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    process = make_process()
    first = agreements.current_version(process)

    with CaptureQueriesContext(connection) as read:
        again = agreements.current_version(process)

    assert again == first
    statements = [query["sql"].upper() for query in read.captured_queries]
    assert not [sql for sql in statements if "FOR UPDATE" in sql or not sql.startswith("SELECT")]
    Goal.objects.create(process=process, position=9, change="Uusi tavoite", indicator="Mittari")
    assert agreements.current_version(process).content != first.content


def test_the_purchaser_accepts_once_and_a_second_acceptance_answers_410(client):
    process = make_process()
    token = purchaser_token(process)

    accepted = client.post(accept_path(token), acceptance(client, token))
    again = client.post(
        accept_path(token),
        {**acceptance_fields_of(AgreementVersion.objects.get()), "name": "Toinen Henkilö"},
    )

    assert accepted.status_code == 302
    assert accepted["Location"] == page_of(token) + "?hyvaksytty=1"
    version = AgreementVersion.objects.get()
    assert version.accepted_name == "Paula Päällikkö"
    assert version.accepted_title == "palvelupäällikkö"
    assert version.accepted_at is not None
    assert again.status_code == 410
    assert "Sopimus on jo hyväksytty" in again.content.decode()
    version.refresh_from_db()
    assert version.accepted_name == "Paula Päällikkö"
    shown = client.get(page_of(token) + "?hyvaksytty=1").content.decode()
    assert "Kiitos. Sopimus hyväksyttiin" in shown
    assert 'name="confirm"' not in shown
    assert "Hyväksytty:" in shown
    assert "Paula Päällikkö, palvelupäällikkö" in shown


def acceptance_fields_of(version):
    return {
        "name": "Paula Päällikkö",
        "title": "palvelupäällikkö",
        "confirm": "on",
        "version": str(version.number),
        "digest": version.digest,
    }


def test_an_edit_after_acceptance_needs_a_new_acceptance_and_the_accepted_text_stays(client):
    process = make_process()
    token = purchaser_token(process)
    client.post(accept_path(token), acceptance(client, token))
    first = AgreementVersion.objects.get()
    accepted_content = first.content

    Goal.objects.filter(process=process, position=1).update(change="Perehdytys on sovittu.")
    page = client.get(page_of(token)).content.decode()

    first.refresh_from_db()
    assert first.content == accepted_content
    assert "Perehdytys on sovittu." not in first.content
    second = AgreementVersion.objects.get(number=2)
    assert second.accepted_at is None
    assert "Perehdytys on sovittu." in second.content
    assert "Sopimusta on muutettu sen jälkeen, kun hyväksyitte sen" in page
    assert 'name="version" value="2"' in page
    assert "Aiemmin hyväksytyt versiot" in page
    old = client.get(page_of(token) + "?versio=1").content.decode()
    assert GOALS[1][0] in old
    assert "Perehdytys on sovittu." not in old
    old_pdf_path = reverse("processes:pdf", args=[token]) + "?versio=1"
    _pages, old_pdf = pdf_text(client.get(old_pdf_path).content)
    assert "Paula Päällikkö" in old_pdf
    assert "Perehdytys on sovittu." not in old_pdf

    accepted = client.post(accept_path(token), acceptance(client, token, name="Pekka Uusi"))

    assert accepted.status_code == 302
    second.refresh_from_db()
    assert second.accepted_name == "Pekka Uusi"
    assert AgreementVersion.objects.filter(accepted_at__isnull=False).count() == 2


def test_a_version_changed_after_it_was_opened_is_not_accepted_unseen(client):
    process = make_process()
    token = purchaser_token(process)
    read = acceptance(client, token)
    Goal.objects.filter(process=process, position=0).update(change="Uusi tavoite.")
    agreements.refresh(process)  # staff saved the edit in the admin

    answer = client.post(accept_path(token), read)

    assert answer.status_code == 409
    html = answer.content.decode()
    assert "Sopimusta muutettiin sen jälkeen, kun avasitte sen" in html
    assert "Uusi tavoite." in html
    assert not AgreementVersion.objects.filter(accepted_at__isnull=False).exists()


@pytest.mark.parametrize(
    ("fields", "message", "status"),
    [
        ({"name": ""}, "Kirjoittakaa nimenne.", 400),
        ({"title": "   "}, "Kirjoittakaa tehtävänimikkeenne.", 400),
        ({"confirm": ""}, "Rastittakaa ruutu hyväksyäksenne sopimuksen.", 400),
        ({"name": "Paula\u200bP"}, "Poistakaa nimestä näkymättömät ohjausmerkit.", 400),
        ({"title": "johtaja\x07"}, "Poistakaa tehtävänimikkeestä näkymättömät ohjausmerkit.", 400),
        ({"name": "P" * 201}, "Teksti on liian pitkä: enintään 200 merkkiä (nyt 201).", 400),
        ({"digest": "x"}, "Ladatkaa sivu uudelleen ja yrittäkää uudestaan.", 400),
        ({"version": "abc"}, "Ladatkaa sivu uudelleen ja yrittäkää uudestaan.", 400),
        ({"version": "7"}, "Tätä sopimuksen versiota ei ole.", 400),
    ],
)
def test_bad_input_is_refused_in_finnish_and_nothing_is_recorded(client, fields, message, status):
    token = purchaser_token(make_process())

    answer = client.post(accept_path(token), acceptance(client, token, **fields))

    assert answer.status_code == status
    assert message in answer.content.decode()
    assert not AgreementVersion.objects.filter(accepted_at__isnull=False).exists()


def test_a_wrong_link_or_version_is_told_in_finnish(client):
    token = purchaser_token(make_process())
    client.get(page_of(token))

    wrong = client.get(page_of("a" * 64))
    wrong_accept = client.post(accept_path("a" * 64), {"name": "X"})
    no_version = client.get(page_of(token) + "?versio=9")
    not_a_number = client.get(reverse("processes:pdf", args=[token]) + "?versio=-1")
    by_get = client.get(accept_path(token))

    assert wrong.status_code == 404
    assert "Sopimuksen linkki ei ole voimassa" in wrong.content.decode()
    assert wrong_accept.status_code == 404
    assert no_version.status_code == 404
    assert "Tällaista sopimuksen versiota ei ole" in no_version.content.decode()
    assert not_a_number.status_code == 404
    assert by_get.status_code == 405


def test_an_agreement_without_its_terms_is_not_shown(client):
    process = make_process()
    token = purchaser_token(process)
    process.terms = None
    process.save()

    answer = client.get(page_of(token))

    assert answer.status_code == 404
    assert "Sopimus ei ole vielä valmis" in answer.content.decode()


def test_a_swedish_process_gets_its_agreement_in_swedish(client):
    process = make_process(language="sv")
    token = purchaser_token(process)
    with translation.override("sv"):
        path = page_of(token)

    html = client.get(path).content.decode()
    _pages, text = pdf_text(client.get(path + "pdf/").content)

    assert path.startswith("/sv/handledningsavtal/")
    assert "Handledningsavtal" in html
    assert "Mål" in html
    assert "Handledningsavtal" in text
    assert GOALS[0][0] in text


def test_staff_are_told_when_the_agreement_no_longer_fits_on_one_page(admin_user):
    process = make_process()
    client = Client()
    log_in_verified(client, admin_user)
    preview = reverse("admin:processes_process_agreement", args=[process.pk])

    fitting = client.get(preview).content.decode()
    AgreementTerms.objects.filter(pk=process.terms_id).update(
        other="Lisäehto, joka pitää lukea huolellisesti ennen hyväksymistä. " * 120
    )
    too_long = client.get(preview).content.decode()

    assert "A4-sivua" not in fitting
    assert re.search(r"Sopimus vie [2-9] A4-sivua\. Lyhennä ehtoja tai tavoitteita", too_long)
    version = AgreementVersion.objects.get()
    assert agreements.page_count(version) >= 2
