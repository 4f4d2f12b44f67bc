"""The home page is a landing page: promise, picture, how it starts, forms, people, map, CTA."""

import re

import pytest
from django.core.cache import cache
from django.test import Client

from images.models import Image
from images.validation import clean_image
from landing.models import HomePage, Step
from services.models import Page, SupervisionForm
from supervisors.models import Supervisor
from tests.support import image_files
from tests.support.factories import make_content_editor
from tests.support.pages import FORM_NAMES

pytestmark = pytest.mark.django_db


def main(client):
    return client.get("/").content.decode().split("<main", 1)[1].split("</main>", 1)[0]


def test_the_page_opens_with_the_promise_and_both_calls_to_action(client):
    home = HomePage.objects.get()
    html = main(client)

    assert re.search(r"<h1 [^>]*>\s*" + re.escape(home.headline) + r"\s*</h1>", html)
    assert home.lead in html
    hero = html.split("</section>", 1)[0]
    assert 'class="button button--accent" href="/ota-yhteytta/">Laita viestiä<' in hero
    assert 'href="/palvelut/">Työnohjauksen muodot<' in hero
    # By default the site's own drawing, described for screen readers.
    assert '<svg class="illustration"' in hero
    assert 'role="img"' in hero


def test_the_sections_come_in_the_order_of_a_landing_page(client):
    from supervisors import examples as supervisor_examples
    from testimonials import examples as testimonial_examples

    supervisor_examples.load()
    testimonial_examples.load()
    html = main(client)

    headings = re.findall(r"<h2 [^>]*>([^<]+)</h2>", html)
    order = [
        "Näin työnohjaus alkaa",
        "Työnohjauksen muodot",
        "Työnohjaajamme",
        "Asiakkaidemme kokemuksia",
        "Asiakkaitamme",
        "Avainkysymyksiä työn kehittämisessä",
        "Työyhteisökartta",
        "Mitä työnohjaus on?",
    ]
    assert [heading for heading in headings if heading in order] == order
    assert html.rindex('class="cta"') > html.index("Mitä työnohjaus on?")


def test_how_it_starts_has_three_steps_staff_can_edit(client):
    steps = re.findall(r'<h3 class="steps__title">([^<]+)</h3>', main(client))
    assert steps == ["Ensimmäinen keskustelu", "Kartoituskerta", "Sopimus ja istunnot"]

    editor = Client()
    editor.force_login(make_content_editor())
    home = HomePage.objects.get()
    data = {
        "headline_fi": "Uusi otsikko",
        "lead_fi": home.lead,
        "map_teaser_fi": home.map_teaser,
        "steps-TOTAL_FORMS": "3",
        "steps-INITIAL_FORMS": "3",
    }
    for index, step in enumerate(home.steps.all()):
        data.update(
            {
                f"steps-{index}-id": step.pk,
                f"steps-{index}-home": home.pk,
                f"steps-{index}-order": step.order,
                f"steps-{index}-title_fi": "Soittakaa" if index == 0 else step.title,
                f"steps-{index}-text_fi": step.text,
                f"steps-{index}-published": "on",
            }
        )
    response = editor.post(f"/hallinta/landing/homepage/{home.pk}/change/", data)

    assert response.status_code == 302
    html = main(client)
    assert "Uusi otsikko</h1>" in html
    assert '<h3 class="steps__title">Soittakaa</h3>' in html


def test_every_form_has_a_card_with_its_own_icon(client):
    html = main(client)

    cards = re.findall(r'<li class="card">(.*?)</li>', html, re.S)
    assert [re.search(r'class="card__link"[^>]*>([^<]+)<', card)[1] for card in cards] == (
        FORM_NAMES
    )
    icons = [re.search(r'<svg class="icon".*?</svg>', card, re.S)[0] for card in cards]
    assert len(set(icons)) == len(FORM_NAMES)
    assert all('aria-hidden="true"' in icon for icon in icons)
    assert 'class="cards cards--forms"' in html


def test_a_renamed_form_address_keeps_its_icon(client):
    before = main(client)
    SupervisionForm.objects.filter(slug="esimiesten-tyonohjaus").update(
        slug="esihenkiloiden-tyonohjaus"
    )
    Page.objects.get(slug="etusivu").save()  # a new content version

    after = main(client)

    assert 'href="/palvelut/esihenkiloiden-tyonohjaus/"' in after
    icon = r'<svg class="icon".*?</svg>'
    assert re.findall(icon, before, re.S) == re.findall(icon, after, re.S)


def test_only_published_supervisors_are_shown(client):
    from supervisors import examples

    examples.load()
    Supervisor.objects.filter(slug="eero-esimerkki").update(published=False)

    html = main(client)

    assert "Aino Esimerkki" in html
    assert "Eero Esimerkki" not in html


def test_no_supervisors_no_empty_section(client):
    assert "Työnohjaajamme" not in main(client)


def test_a_staff_photo_replaces_the_drawing(client, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    photo = Image(title="Tapaaminen", alt_text="Kaksi ihmistä keskustelee")
    photo.file = clean_image(image_files.upload(image_files.jpeg(size=(900, 700))))
    photo.save()
    HomePage.objects.update(image=photo)
    HomePage.objects.get().save()

    hero = main(client).split("</section>", 1)[0]

    assert 'alt="Kaksi ihmistä keskustelee"' in hero
    assert 'loading="eager"' in hero
    assert '<svg class="illustration"' not in hero


def test_the_map_is_introduced_with_a_link_to_the_questionnaire(client):
    home = HomePage.objects.get()
    html = main(client)

    teaser = html.split('class="section map-teaser"', 1)[1].split("</section>", 1)[0]
    assert home.map_teaser in teaser
    assert 'href="/tyoyhteisokartta/"' in teaser


def test_an_unpublished_step_is_hidden(client):
    Step.objects.filter(title="Kartoituskerta").update(published=False)
    HomePage.objects.get().save()

    assert "Kartoituskerta</h3>" not in main(client)


def test_without_its_record_the_page_still_works(client):
    HomePage.objects.all().delete()

    html = main(client)

    assert "Mitä työnohjaus on?</h1>" in html
    assert "Näin työnohjaus alkaa" not in html


def test_the_home_page_needs_thirteen_queries_cold_and_one_warm(
    client, django_assert_max_num_queries
):
    cache.clear()
    # The page, its record, steps, forms, supervisors, references, client organisations,
    # questions, the coming events, the newest articles, menu, site, and whether any
    # supervisor has a free time to book (the call to action).
    with django_assert_max_num_queries(13):
        assert client.get("/").status_code == 200
    with django_assert_max_num_queries(1):
        assert client.get("/").status_code == 200


def test_the_home_page_record_is_one_and_cannot_be_deleted():
    editor = Client()
    editor.force_login(make_content_editor())
    home = HomePage.objects.get()

    response = editor.get("/hallinta/landing/homepage/")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/hallinta/landing/homepage/{home.pk}/change/")
    page = editor.get(response["Location"]).content.decode()
    assert "Näin työnohjaus alkaa: vaiheet" in page
    assert editor.get("/hallinta/landing/homepage/add/").status_code == 403
    assert editor.get(f"/hallinta/landing/homepage/{home.pk}/delete/").status_code == 403
