"""
The contact page is served from the page cache, with a fresh CSRF token and form timestamp in
every response; sending the form works exactly as before.
"""

import re

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client

from contact.models import Enquiry
from services.models import Page, SupervisionForm
from tests.support.factories import contact_data, make_content_editor
from tests.support.live_gunicorn import form_tokens

pytestmark = pytest.mark.django_db

CONTACT = "/ota-yhteytta/"


def cached_form_page_keys():
    return [key for key in cache._cache if "form-page:" in key]


@pytest.fixture
def warm(client):
    """Render the contact page once, so that later visitors get it from the cache."""
    assert client.get(CONTACT).status_code == 200
    assert client.get(CONTACT, {"aihe": "ryhmatyonohjaus"}).status_code == 200


@pytest.mark.parametrize("query", [{}, {"aihe": "ryhmatyonohjaus"}])
def test_a_warm_contact_page_costs_no_query(warm, query, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().get(CONTACT, query)

    assert response.status_code == 200
    assert set(form_tokens(response.text)) == {"csrfmiddlewaretoken", "started"}


def test_a_token_from_the_cached_page_passes_the_csrf_check(
    warm, settings, django_capture_on_commit_callbacks, django_assert_num_queries
):
    settings.CONTACT_MIN_SECONDS = 0
    visitor = Client(enforce_csrf_checks=True)
    with django_assert_num_queries(0):  # from the cache
        page = visitor.get(CONTACT)
    assert settings.CSRF_COOKIE_NAME in page.cookies

    with django_capture_on_commit_callbacks(execute=True):
        response = visitor.post(CONTACT, contact_data(**form_tokens(page.text)))

    assert response.status_code == 302
    assert response["Location"] == "/ota-yhteytta/kiitos/"
    assert Enquiry.objects.get().email == "maija@example.com"


def test_a_post_without_the_csrf_token_is_refused(warm):
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get(CONTACT)
    tokens = form_tokens(page.text)
    del tokens["csrfmiddlewaretoken"]

    response = visitor.post(CONTACT, contact_data(**tokens))

    assert response.status_code == 403
    assert not Enquiry.objects.exists()


def test_two_visitors_get_different_tokens_from_the_cache(warm, django_assert_num_queries):
    with django_assert_num_queries(0):
        first = form_tokens(Client().get(CONTACT).text)
        second = form_tokens(Client().get(CONTACT).text)

    assert first["csrfmiddlewaretoken"] != second["csrfmiddlewaretoken"]
    assert first["started"] != second["started"]


def test_the_cached_page_is_the_rendered_page_with_new_tokens(client):
    rendered = client.get(CONTACT).text
    cached = Client().get(CONTACT).text

    def without_tokens(html):
        for value in form_tokens(html).values():
            html = html.replace(value, "")
        return html

    assert without_tokens(cached) == without_tokens(rendered)


def test_an_edit_of_the_contact_page_shows_at_once(warm, client):
    page = Page.objects.get(slug="ota-yhteytta")
    page.lead = "Kerro meille tilanteestanne, vastaamme pian."
    page.save()

    assert "Kerro meille tilanteestanne, vastaamme pian." in client.get(CONTACT).text


def test_a_renamed_form_shows_at_once_in_the_choices(warm, client):
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    form.name = "Tiimityönohjaus"
    form.save()

    html = client.get(CONTACT, {"aihe": "ryhmatyonohjaus"}).text
    assert f'<option value="{form.pk}" selected>Tiimityönohjaus</option>' in html


def test_each_published_topic_has_its_own_cached_page(client):
    for form in SupervisionForm.objects.all():
        html = client.get(CONTACT, {"aihe": form.slug}).text
        again = Client().get(CONTACT, {"aihe": form.slug}).text
        assert f'<option value="{form.pk}" selected>' in html
        assert f'<option value="{form.pk}" selected>' in again

    assert len(cached_form_page_keys()) == SupervisionForm.objects.count()


def test_unknown_topics_do_not_fill_the_cache(client):
    SupervisionForm.objects.filter(slug="tilannetyonohjaus").update(published=False)
    for topic in ["ei-ole-olemassa", "tilannetyonohjaus", "<script>", "a" * 500, ""]:
        response = client.get(CONTACT, {"aihe": topic})
        assert response.status_code == 200
        assert '<option value="" selected>' in response.text

    assert len(cached_form_page_keys()) == 1


def test_a_page_with_a_map_attached_is_not_cached(client):
    response = client.get(CONTACT, {"kartta": "1-3.2-4"})

    assert response.status_code == 200
    assert cached_form_page_keys() == []


def test_the_page_is_never_compressed_stored_or_revalidated(warm):
    response = Client().get(CONTACT, headers={"Accept-Encoding": "gzip, br"})

    assert "Content-Encoding" not in response
    assert "ETag" not in response
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control
    assert "private" in cache_control


def test_staff_get_a_fresh_page(warm):
    Page.objects.filter(slug="ota-yhteytta").update(lead="Esikatseltava ingressi.")  # no signal
    staff = Client()
    staff.force_login(make_content_editor())

    assert "Esikatseltava ingressi." in staff.get(CONTACT).text
    assert "Esikatseltava ingressi." not in Client().get(CONTACT).text


def test_a_bogus_session_cookie_still_gets_the_cached_page(warm, django_assert_max_num_queries):
    visitor = Client()
    visitor.cookies[settings.SESSION_COOKIE_NAME] = "x" * 32

    with django_assert_max_num_queries(1):
        assert visitor.get(CONTACT).status_code == 200


def test_a_form_sent_with_errors_is_rendered_not_cached(warm, client):
    keys = cached_form_page_keys()

    response = client.post(CONTACT, contact_data(email="ei-osoite"))

    assert response.status_code == 400
    assert "Tarkistakaa lomake" in response.text
    assert cached_form_page_keys() == keys
    assert "Tarkistakaa lomake" not in Client().get(CONTACT).text


def test_each_visitor_gets_the_supervisor_their_link_preselects(client):
    from tests.support.bookings import make_supervisor

    anna = make_supervisor(slug="anna-testi", name="Anna Testi", published=True)
    ville = make_supervisor(slug="ville-testi", name="Ville Testi", published=True)
    selected = re.compile(r'<option value="(\d+)" selected>')

    first = client.get(CONTACT, {"ohjaaja": "anna-testi"}).text
    second = Client().get(CONTACT, {"ohjaaja": "ville-testi"}).text
    plain = Client().get(CONTACT).text

    assert selected.findall(first) == [str(anna.pk)]
    assert selected.findall(second) == [str(ville.pk)]
    assert selected.findall(plain) == []
