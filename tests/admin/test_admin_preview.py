"""
Staff see Markdown as the public page will show it while they type, and the whole unsaved page
in its real layout in a new tab: both drawn by the public pages' own sanitising renderer.
"""

import re

import pytest
from django.test import Client
from django.test.utils import ContextList

from services.models import Page, SupervisionForm
from supervisors.models import Supervisor
from tests.support.admin_forms import in_finnish_fields
from tests.support.factories import enquiry_handler

pytestmark = pytest.mark.django_db

LIVE = "/hallinta/services/page/markdown-esikatselu/"
DRAFT = (
    "## Uusi osio\n\nTeksti **lihavoitu** ja [linkki](https://example.com/).\n\n"
    "<script>alert('x')</script>\n\n[vaarallinen](javascript:alert(1))"
)


def test_live_preview_renders_the_draft_sanitised(editor_client):
    response = editor_client.post(LIVE, {"text": DRAFT})

    assert response.status_code == 200
    html = response.content.decode()
    assert '<h2 id="osio-uusi-osio">Uusi osio</h2>' in html
    assert "<strong>lihavoitu</strong>" in html
    assert 'href="https://example.com/"' in html
    assert "<script" not in html
    assert "alert(" not in html
    assert "javascript:" not in html
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]


def test_live_preview_shows_uploaded_images_like_the_public_page(
    editor_client, settings, tmp_path, django_capture_on_commit_callbacks
):
    from images.models import Image
    from tests.support import image_files
    from tests.support.image_files import post_image

    settings.MEDIA_ROOT = tmp_path / "media"
    post_image(
        editor_client, image_files.jpeg(size=(800, 600)), capture=django_capture_on_commit_callbacks
    )
    image = Image.objects.get()

    html = editor_client.post(LIVE, {"text": f"![[kuva:{image.pk}]]"}).content.decode()

    assert "<picture" in html
    assert 'alt="Työnohjaaja ikkunan ääressä"' in html


def test_live_preview_is_refused_without_change_permission():
    handler = Client()
    handler.force_login(enquiry_handler())
    anonymous = Client()

    assert handler.post(LIVE, {"text": DRAFT}).status_code == 403
    assert anonymous.post(LIVE, {"text": DRAFT})["Location"].startswith("/hallinta/login/")


def test_live_preview_takes_only_posts_and_refuses_an_over_long_text(editor_client):
    assert editor_client.get(LIVE).status_code == 405
    response = editor_client.post(LIVE, {"text": "x" * 100_001})
    assert response.status_code == 413
    assert "liian pitkä" in response.content.decode()


def test_the_editor_and_its_preview_are_on_every_markdown_field(editor_client):
    page = Page.objects.get(slug="vaikuttavuus")

    html = editor_client.get(f"/hallinta/services/page/{page.pk}/change/").content.decode()

    assert (
        'data-markdown-editor data-preview-url="/hallinta/services/page/markdown-esikatselu/"'
        in html
    )
    assert "js/admin-markdown.js" in html
    assert f'formaction="/hallinta/services/page/{page.pk}/esikatselu/"' in html
    assert 'formtarget="_blank"' in html
    faq_html = editor_client.get("/hallinta/faq/question/add/").content.decode()
    assert "/hallinta/faq/question/markdown-esikatselu/" in faq_html


def page_data(page, **changes):
    data = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "body": page.body,
        "layout": page.layout,
        "meta_description": page.meta_description,
        "published": "on",
        "show_call_to_action": "on",
    }
    data.update(changes)
    return in_finnish_fields(Page, data)


def test_unsaved_page_is_previewed_in_its_layout_and_nothing_is_saved(editor_client):
    page = Page.objects.get(slug="vaikuttavuus")
    original_body = page.body

    response = editor_client.post(
        f"/hallinta/services/page/{page.pk}/esikatselu/",
        page_data(page, title="Luonnoksen otsikko", body=DRAFT),
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 id="alkuun" class="article__title">Luonnoksen otsikko</h1>' in html
    assert "Tallentamattomien muutosten esikatselu" in html
    assert "<script>alert" not in html
    assert "javascript:" not in html
    assert "no-store" in response["Cache-Control"]
    page.refresh_from_db()
    assert page.body == original_body
    assert page.title != "Luonnoksen otsikko"


def test_a_new_supervision_form_is_previewed_before_it_exists(editor_client):
    count = SupervisionForm.objects.count()
    data = in_finnish_fields(
        SupervisionForm,
        {
            "name": "Luonnosohjaus",
            "slug": "luonnosohjaus",
            "summary": "Kuvaus.",
            "audience": "Kaikille.",
            "format": "group",
            "body": "## Miten\n\nNäin.",
        },
    )

    response = editor_client.post("/hallinta/services/supervisionform/esikatselu/", data)

    assert response.status_code == 200
    assert "Luonnosohjaus" in response.content.decode()
    assert SupervisionForm.objects.count() == count


def supervisor_data(**changes):
    """The admin form of the supervisor "Testi Ohjaaja", without credentials."""
    return in_finnish_fields(
        Supervisor,
        {
            "name": "Testi Ohjaaja",
            "slug": "testi-ohjaaja",
            "role": "Työnohjaaja",
            "introduction": "Hei.",
            "body": "",
            "languages": ["fi"],
            "places": "",
            "email": "",
            "phone": "",
            "credentials-TOTAL_FORMS": "0",
            "credentials-INITIAL_FORMS": "0",
            **changes,
        },
    )


def test_a_supervisor_profile_is_previewed_unsaved(editor_client):
    from supervisors.models import Supervisor as Model

    supervisor = Model.objects.create(
        name="Testi Ohjaaja", slug="testi-ohjaaja", role="Työnohjaaja", introduction="Hei."
    )
    url = f"/hallinta/supervisors/supervisor/{supervisor.pk}/esikatselu/"
    form_html = editor_client.get(f"/hallinta/supervisors/supervisor/{supervisor.pk}/change/")
    assert url in form_html.content.decode()

    response = editor_client.post(url, supervisor_data(body="Uusi **esittely**."))

    assert response.status_code == 200, re.findall(r"<li>.*?</li>", response.content.decode())
    assert "<strong>esittely</strong>" in response.content.decode()
    assert Supervisor.objects.get(pk=supervisor.pk).body == ""


def test_an_invalid_draft_gets_a_finnish_error_not_a_preview(editor_client):
    page = Page.objects.get(slug="vaikuttavuus")

    response = editor_client.post(
        f"/hallinta/services/page/{page.pk}/esikatselu/", page_data(page, title="")
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert "Korjaa alla luetellut virheet" in html
    assert "Tämä kenttä vaaditaan." in html


def test_page_preview_is_refused_without_change_permission():
    page = Page.objects.get(slug="vaikuttavuus")
    handler = Client()
    handler.force_login(enquiry_handler())

    response = handler.post(f"/hallinta/services/page/{page.pk}/esikatselu/", page_data(page))

    assert response.status_code == 403


def test_page_preview_takes_only_posts(editor_client):
    page = Page.objects.get(slug="vaikuttavuus")

    assert editor_client.get(f"/hallinta/services/page/{page.pk}/esikatselu/").status_code == 405


def test_preview_of_an_unknown_object_is_not_found(editor_client):
    assert editor_client.post("/hallinta/services/page/999999/esikatselu/", {}).status_code == 404


# Each page with a view of its own, its public address, and something only its layout shows.
OWN_LAYOUTS = [
    ("etusivu", "/", "services/home.html"),
    ("palvelut", "/palvelut/", "services/form_list.html"),
    ("tyootteemme", "/tyootteemme/", "services/approach.html"),
    ("ota-yhteytta", "/ota-yhteytta/", "contact/form.html"),
    ("kiitos", "/ota-yhteytta/kiitos/", "contact/thanks.html"),
    ("hinnat", "/hinnat/", "pricing/prices.html"),
    ("usein-kysyttya", "/usein-kysyttya/", "faq/questions.html"),
    ("tyoyhteisokartta", "/tyoyhteisokartta/", "community_map/questionnaire.html"),
    ("tyonohjaajat", "/tyonohjaajat/", "supervisors/list.html"),
    ("vaikuttavuus", "/vaikuttavuus/", "evaluations/impact.html"),
    ("johtajuus", "/johtajuus/", "services/page.html"),
    ("hyodyt", "/hyodyt/", "services/slides.html"),
]


def shown_with(response):
    """The page template a response was drawn with, and the names its context held."""
    context = response.context
    page_context = context[0] if isinstance(context, ContextList) else context
    return response.templates[0].name, set(page_context.flatten()) - {"preview", "unsaved_preview"}


@pytest.mark.parametrize(("slug", "address", "template"), OWN_LAYOUTS)
def test_every_page_preview_uses_its_public_pages_template_and_context(
    editor_client, slug, address, template
):
    page = Page.objects.get(slug=slug)
    public = Client().get(address)

    preview = editor_client.post(
        f"/hallinta/services/page/{page.pk}/esikatselu/",
        page_data(page, title="Luonnoksen otsikko"),
    )

    assert public.status_code == 200
    assert preview.status_code == 200
    assert shown_with(preview) == shown_with(public)
    assert shown_with(preview)[0] == template
    assert "Luonnoksen otsikko" in preview.content.decode()
    assert "Tallentamattomien muutosten esikatselu" in preview.content.decode()


def test_a_form_and_a_supervisor_preview_use_their_public_pages_template_and_context(
    editor_client,
):
    form = SupervisionForm.objects.get(slug="ryhmatyonohjaus")
    form_data = in_finnish_fields(
        SupervisionForm,
        {
            field: getattr(form, field)
            for field in ("name", "slug", "summary", "audience", "format", "body")
        },
    )
    supervisor = Supervisor.objects.create(
        name="Testi Ohjaaja",
        slug="testi-ohjaaja",
        role="Työnohjaaja",
        introduction="Hei.",
        published=True,
    )

    form_preview = editor_client.post(
        f"/hallinta/services/supervisionform/{form.pk}/esikatselu/", form_data
    )
    supervisor_preview = editor_client.post(
        f"/hallinta/supervisors/supervisor/{supervisor.pk}/esikatselu/", supervisor_data()
    )

    assert shown_with(form_preview) == shown_with(Client().get(form.get_absolute_url()))
    assert shown_with(supervisor_preview) == shown_with(Client().get(supervisor.get_absolute_url()))
