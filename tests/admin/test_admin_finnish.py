"""
The admin speaks Finnish grammar, not translated English: counts in the partitive, history
that names fields as the form does, inline buttons, permissions and the staff account form.
"""

import html as html_module
import json
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client

from contact.models import Enquiry
from landing.models import HomePage
from pricing.models import PriceRow
from tests.support.admin_forms import in_finnish_fields
from tests.support.admin_urls import VisibleText
from tests.support.bookings import make_supervisor
from tests.support.factories import log_in_verified, make_content_editor

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    client = Client()
    client.force_login(make_content_editor())
    return client


@pytest.fixture
def administrator():
    client = Client()
    log_in_verified(client, User.objects.create_superuser("paa", "p@example.com", "x" * 12))
    return client


def paginator_text(response):
    block = re.search(r'<p class="paginator">(.*?)</p>', response.content.decode(), re.S)
    return re.search(r"^\d+ .+$", VisibleText(block.group(1)).text, re.M).group(0)


def test_a_count_other_than_one_takes_the_partitive(editor, administrator):
    for slug in ("a", "b", "c"):
        make_supervisor(slug=slug, name=f"Ohjaaja {slug}")
    for price in range(6):
        PriceRow.objects.create(what=f"Rivi {price}", unit="istunto", price=Decimal(90 + price))

    assert paginator_text(editor.get("/hallinta/supervisors/supervisor/")) == "3 työnohjaajaa"
    assert paginator_text(editor.get("/hallinta/pricing/pricerow/")) == "6 hintaa"
    assert paginator_text(administrator.get("/hallinta/contact/enquiry/")) == "0 yhteydenottoa"


def test_a_count_of_one_keeps_the_nominative(administrator):
    Enquiry.objects.create(name="Maija", email="maija@example.com", message="Hei.")

    assert paginator_text(administrator.get("/hallinta/contact/enquiry/")) == "1 yhteydenotto"


def test_select_all_across_pages_counts_in_the_partitive(editor):
    response = editor.get("/hallinta/pricing/pricerow/")

    assert response.context["module_name"] == "hintaa"


def test_history_names_the_changed_fields_in_finnish(editor):
    home = HomePage.objects.get()
    data = in_finnish_fields(
        HomePage,
        {"headline": "Uusi otsikko", "lead": "Uusi ingressi.", "map_teaser": home.map_teaser},
        home,
    )
    data.update({"steps-TOTAL_FORMS": "0", "steps-INITIAL_FORMS": "0"})

    response = editor.post(f"/hallinta/landing/homepage/{home.pk}/change/", data)
    history = VisibleText(
        editor.get(f"/hallinta/landing/homepage/{home.pk}/history/").content.decode()
    ).text

    assert response.status_code == 302
    assert "Muutettu otsikko ja ingressi." in history
    assert "Headline" not in history


def test_an_inline_add_button_names_one_row_in_the_nominative(administrator):
    html = administrator.get("/hallinta/booking/calendar/add/").content.decode()

    add_texts = [
        json.loads(html_module.unescape(data))["options"]["addText"]
        for data in re.findall(r'data-inline-formset="([^"]+)"', html)
    ]
    assert add_texts == ["Lisää viikoittainen aika", "Lisää lisäaika", "Lisää suljettu päivä"]


def test_permissions_are_named_in_finnish(administrator):
    text = VisibleText(administrator.get("/hallinta/auth/group/add/").content.decode()).text

    assert "Sivuston sisältö | Sivu | Muokkaaminen" in text
    assert "Yhteydenotot | Yhteydenotto | Katseleminen" in text
    assert "Kirjautumisen estot | Kirjautumisyritys | Poistaminen" in text
    assert not re.search(r"\bCan (add|change|delete|view)\b", text)


def test_the_staff_account_uses_the_readmes_words_and_shows_no_password_hash(administrator):
    editor = make_content_editor()

    form = VisibleText(
        administrator.get(f"/hallinta/auth/user/{editor.pk}/change/").content.decode()
    ).text

    assert "Henkilökuntaan kuuluva" in form
    assert "Ylläpitäjä" not in form
    assert "Salasana on asetettu." in form
    for detail in ("algoritmi", "suola", "tiiviste", "argon2", "md5"):
        assert detail not in form


def test_the_user_list_shows_each_ones_role(administrator):
    make_content_editor()

    html = administrator.get("/hallinta/auth/user/").content.decode()
    rows = {
        re.search(r'class="field-username"><a [^>]*>([^<]+)<', row).group(1): row
        for row in re.findall(r"<tr>(.*?)</tr>", html, re.S)
        if 'class="field-username"' in row
    }

    assert '<th scope="col" class="column-roles">' in html
    assert "Rooli" in VisibleText(html).text
    assert '<td class="field-roles">Sisällöntuottaja</td>' in rows["toimittaja"]
    assert '<td class="field-roles">Pääkäyttäjä</td>' in rows["paa"]


def test_a_yes_no_column_reads_kylla_or_ei(editor):
    html = editor.get("/hallinta/navigation/menuitem/").content.decode()

    assert re.search(r'<img src="[^"]*icon-yes\.svg" alt="Kyllä">', html)
    assert 'alt="True"' not in html


def test_the_single_home_page_is_named_once_in_the_breadcrumbs(editor):
    home = HomePage.objects.get()

    html = editor.get(f"/hallinta/landing/homepage/{home.pk}/change/").content.decode()
    trail = re.search(r'<div class="breadcrumbs">(.*?)</div>', html, re.S).group(1)

    assert " ".join(VisibleText(trail).text.split()) == "Ylläpito › Etusivu"


def test_labels_are_capitalised_once_not_wrapped_again_on_every_request():
    from django.contrib import admin
    from django.test import RequestFactory

    request = RequestFactory().get("/hallinta/pricing/pricerow/add/")
    request.user = User(is_superuser=True, is_staff=True, is_active=True)
    price_admin = admin.site._registry[PriceRow]

    first = price_admin.get_form(request).base_fields["confirm_unusual_price"].label
    again = price_admin.get_form(request).base_fields["confirm_unusual_price"].label

    assert again is first
    assert str(again) == "Hinta on oikein"
