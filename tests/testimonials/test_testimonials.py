"""References: quotes published only with recorded permission, shown only when there is one."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client

from services.models import SupervisionForm
from testimonials.models import Testimonial as Quote  # not "Test…": pytest would collect it
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db


def make_testimonial(**overrides):
    values = {
        "text": "Työnohjaus selkeytti tiimimme työnjakoa.",
        "role": "osastonhoitaja",
        "sector": "sairaala",
        "permission_date": datetime.date(2026, 3, 2),
        "permission_way": "sähköpostilla",
        "published": True,
    }
    values.update(overrides)
    return Quote.objects.create(**values)


def test_no_quote_is_seeded_and_no_quote_section_is_shown(client):
    assert not Quote.objects.exists()

    assert "Asiakkaidemme kokemuksia" not in client.get("/").content.decode()
    assert "<blockquote" not in client.get("/palvelut/ryhmatyonohjaus/").content.decode()


def test_publishing_needs_the_date_and_way_of_permission_in_finnish():
    quote = Quote(text="Hyvä.", role="rehtori", published=True)

    with pytest.raises(ValidationError) as error:
        quote.full_clean()

    assert error.value.message_dict == {
        "permission_date": ["Kirjaa luvan päivämäärä ennen julkaisua."],
        "permission_way": ["Kirjaa ennen julkaisua, miten lupa annettiin."],
    }
    quote.published = False
    quote.full_clean()


def test_the_database_refuses_a_published_quote_without_permission():
    with pytest.raises(IntegrityError), transaction.atomic():
        Quote.objects.create(text="Hyvä.", role="rehtori", published=True)


def test_a_published_quote_shows_on_the_home_page_with_its_attribution(client):
    make_testimonial()

    html = client.get("/").content.decode()

    assert "Asiakkaidemme kokemuksia" in html
    assert "Työnohjaus selkeytti tiimimme työnjakoa." in html
    assert "osastonhoitaja, sairaala" in html


def test_a_form_page_prefers_a_quote_about_that_form(client):
    group = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    make_testimonial(text="Yleinen lainaus.", permission_date=datetime.date(2026, 5, 1))
    make_testimonial(text="Ryhmän lainaus.", form=group, role="tiimin esihenkilö")
    make_testimonial(
        text="Toisen muodon lainaus.",
        form=SupervisionForm.objects.get(slug="yksilotyonohjaus"),
    )

    group_page = client.get("/palvelut/ryhmatyonohjaus/").content.decode()
    community_page = client.get("/palvelut/yhteisotyonohjaus/").content.decode()

    assert "Ryhmän lainaus." in group_page
    assert "tiimin esihenkilö, sairaala" in group_page
    assert "Yleinen lainaus." in community_page
    assert "Toisen muodon lainaus." not in community_page


def test_an_unpublished_quote_is_not_shown(client):
    make_testimonial(published=False)

    assert "Työnohjaus selkeytti" not in client.get("/").content.decode()


def test_the_publish_action_skips_quotes_without_permission(client):
    ready = make_testimonial(published=False)
    unconsented = Quote.objects.create(text="Ilman lupaa.", role="rehtori")
    editor = Client()
    editor.force_login(make_content_editor())

    response = editor.post(
        "/hallinta/testimonials/testimonial/",
        {"action": "publish", "_selected_action": [ready.pk, unconsented.pk]},
        follow=True,
    )

    assert response.status_code == 200
    assert "1 lainauksella ei ole kirjattua lupaa, eikä sitä julkaistu." in (
        response.content.decode()
    )
    ready.refresh_from_db()
    unconsented.refresh_from_db()
    assert ready.published
    assert not unconsented.published


def test_the_admin_refuses_publishing_without_permission_in_finnish():
    editor = Client()
    editor.force_login(make_content_editor())

    response = editor.post(
        "/hallinta/testimonials/testimonial/add/",
        {"text": "Hyvä.", "role": "rehtori", "published": "on"},
    )

    assert response.status_code == 200
    assert "Kirjaa luvan päivämäärä ennen julkaisua." in response.content.decode()
    assert not Quote.objects.exists()
