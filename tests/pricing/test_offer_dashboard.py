"""The admin's front page lists what is missing for a complete offer, each with a way to add it."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.test import Client

from pricing.models import PriceRow, PriceTerm
from pricing.vat import VatRate
from services.models import SiteDetails
from tests.support.factories import enquiry_handler, make_content_editor

pytestmark = pytest.mark.django_db

WIDGET = 'data-widget="pricing.dashboard.complete_offer"'
COMPLETE = "Tarjous on kokonainen"


def widget_on_dashboard(user):
    client = Client()
    client.force_login(user)
    html = client.get("/hallinta/").content.decode()
    if WIDGET not in html:
        return None
    return html.split(WIDGET)[1].split("data-widget=")[0]


def complete_the_offer():
    details = SiteDetails.load()
    details.name = "Työnohjaus Testinen"
    details.legal_name = "Työnohjaus Testinen Oy"
    details.business_id = "1572860-0"
    details.vat_registered = True
    details.einvoice_address = "003715728600"
    details.einvoice_operator = "Operaattori Oy (003712345678)"
    details.save()
    PriceRow.objects.create(
        what="Yksilötyönohjaus", unit="90 min", price=Decimal("120"), published=True
    )
    for kind in PriceTerm.REQUIRED_KINDS:
        PriceTerm.objects.create(kind=kind, title=kind.label, body="Teksti.")


def test_a_new_site_lists_prices_each_kind_of_term_and_the_company_details():
    widget = widget_on_dashboard(make_content_editor())

    assert "Tarjouksesta puuttuu" in widget
    assert '<span class="dashboard-widget__count">5</span>' in widget
    assert 'href="/hallinta/pricing/pricerow/">Yhtään hintaa ei ole julkaistu</a>' in widget
    assert 'href="/hallinta/pricing/priceterm/add/?kind=cancellation">Peruutusehtoja' in widget
    assert 'href="/hallinta/pricing/priceterm/add/?kind=travel">Matkakulujen ehtoja' in widget
    assert 'href="/hallinta/pricing/priceterm/add/?kind=invoicing">Laskutusehtoja' in widget
    assert (
        "Yritystiedoista puuttuu tai on vielä esimerkkinä: sivuston nimi, virallinen nimi, "
        "Y-tunnus, arvonlisäverorekisteri, verkkolaskuosoite ja verkkolaskuoperaattori"
    ) in widget


def test_a_complete_offer_says_so():
    complete_the_offer()

    widget = widget_on_dashboard(make_content_editor())

    assert '<span class="dashboard-widget__count">0</span>' in widget
    assert COMPLETE in widget


def test_a_hidden_term_links_to_its_list_to_be_published():
    complete_the_offer()
    PriceTerm.objects.filter(kind=PriceTerm.Kind.TRAVEL).update(published=False)

    widget = widget_on_dashboard(make_content_editor())

    assert 'href="/hallinta/pricing/priceterm/?kind__exact=travel">Matkakulujen ehtoja' in widget
    assert '<span class="dashboard-widget__count">1</span>' in widget


def test_the_add_link_opens_the_form_with_its_kind_chosen():
    client = Client()
    client.force_login(make_content_editor())

    html = client.get("/hallinta/pricing/priceterm/add/?kind=travel").content.decode()

    assert '<option value="travel" selected>Matkakulut</option>' in html


def test_prices_with_vat_from_a_company_outside_the_vat_register_are_listed():
    complete_the_offer()
    SiteDetails.objects.update(vat_registered=False)

    widget = widget_on_dashboard(make_content_editor())

    assert "Hinnoissa on arvonlisävero, vaikka yritys ei ole arvonlisäverorekisterissä" in widget

    PriceRow.objects.update(vat_rate=VatRate.EXEMPT, vat_note="Ei arvonlisäverovelvollinen.")

    assert COMPLETE in widget_on_dashboard(make_content_editor("toinen"))


def test_staff_who_cannot_complete_the_offer_do_not_see_it():
    assert widget_on_dashboard(enquiry_handler()) is None


def test_staff_see_only_what_they_may_change():
    editor = make_content_editor()
    editor.groups.clear()
    editor.user_permissions.add(Permission.objects.get(codename="change_priceterm"))

    widget = widget_on_dashboard(editor)

    assert '<span class="dashboard-widget__count">3</span>' in widget
    assert "Yritystiedoista" not in widget
    assert "hintaa" not in widget
