"""
Placing images: the Markdown editor's picker lists the images (searchable) and uploads one in
place; the media library shows each code with a copy button; an image added from another form
needs only the file and its alternative text, and a refused upload says to choose the file again.
"""

import html

import pytest
from django.contrib.auth.models import User
from django.test import Client

from images.models import Image
from tests.support import image_files
from tests.support.factories import make_page
from tests.support.image_files import post_image

pytestmark = pytest.mark.django_db

PICKER = "/hallinta/images/image/valitsin/"
UPLOAD = "/hallinta/images/image/valitsin/lataa/"


def add_image(editor_client, capture, **fields):
    response = post_image(
        editor_client, image_files.png(), name="kuva.png", capture=capture, **fields
    )
    assert response.status_code == 302, response.content.decode()[-2000:]
    return Image.objects.order_by("-pk").first()


def test_the_picker_lists_matching_images_with_their_codes(
    editor_client, django_capture_on_commit_callbacks
):
    lake = add_image(editor_client, django_capture_on_commit_callbacks, title="Järvimaisema")
    office = add_image(editor_client, django_capture_on_commit_callbacks, title="Toimisto")

    everything = editor_client.get(PICKER).content.decode()
    found = editor_client.get(PICKER, {"q": "järvi"}).content.decode()
    by_number = editor_client.get(PICKER, {"q": str(office.pk)}).content.decode()
    none = editor_client.get(PICKER, {"q": "ei tällaista"}).content.decode()
    huge = editor_client.get(PICKER, {"q": "9" * 40})

    assert f'data-code="![[kuva:{lake.pk}]]"' in everything
    assert f'data-code="![[kuva:{office.pk}]]"' in everything
    assert f'data-code="![[kuva:{lake.pk}]]"' in found
    assert "Toimisto" not in found
    assert f'data-code="![[kuva:{office.pk}]]"' in by_number
    assert "Yksikään kuva ei vastaa hakua." in none
    assert huge.status_code == 200


def test_the_picker_is_only_for_staff_who_may_see_the_images():
    outsider = Client()
    outsider.force_login(User.objects.create_user("ulkopuolinen", password="x" * 12, is_staff=True))

    assert outsider.get(PICKER).status_code == 403
    assert outsider.post(UPLOAD).status_code == 403


def test_an_upload_in_the_picker_needs_only_the_file_and_its_alternative_text(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(
            UPLOAD,
            {
                "file": image_files.upload(image_files.png(), name="tiimi-kevat.png"),
                "alt_text": "Tiimi istuu pöydän ääressä",
            },
        )

    assert response.status_code == 200
    image = Image.objects.get()
    assert (image.title, image.alt_text) == ("tiimi-kevat", "Tiimi istuu pöydän ääressä")
    assert f'image-picker__choice--new" data-code="![[kuva:{image.pk}]]"' in (
        response.content.decode()
    )


def test_a_refused_upload_in_the_picker_says_why_in_finnish_and_saves_nothing(editor_client):
    response = editor_client.post(
        UPLOAD, {"file": image_files.upload(image_files.png(), name="kuva.png"), "alt_text": ""}
    )

    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "Kuvaa ei ladattu" in page
    assert "Kuvaile kuva niille, jotka eivät näe sitä" in page
    assert Image.objects.count() == 0


def test_an_image_from_another_form_takes_its_name_from_the_file(
    editor_client, django_capture_on_commit_callbacks
):
    image = add_image(
        editor_client, django_capture_on_commit_callbacks, title="", alt_text="Anna hymyilee"
    )

    assert image.title == "kuva"


def test_a_refused_upload_says_the_file_must_be_chosen_again(editor_client):
    response = post_image(editor_client, image_files.png(), name="kuva.png", alt_text="")

    page = html.unescape(response.content.decode())
    assert "selain on unohtanut valitun tiedoston: valitse se uudelleen" in page
    assert Image.objects.count() == 0


def test_the_library_shows_each_code_with_a_copy_button(
    editor_client, django_capture_on_commit_callbacks
):
    image = add_image(editor_client, django_capture_on_commit_callbacks)

    listing = editor_client.get("/hallinta/images/image/").content.decode()

    code = f"![[kuva:{image.pk}]]"
    assert f'<span class="image-code"><code>{code}</code><button type="button"' in listing
    assert f'data-copy="{code}"' in listing
    assert ">Kopioi</button>" in listing
    assert "js/admin-images.js" in listing


def test_the_editor_s_image_button_opens_the_picker(editor_client):
    page = make_page(slug="kuvasivu")

    form = editor_client.get(f"/hallinta/services/page/{page.pk}/change/").content.decode()

    assert f'data-picker-url="{PICKER}"' in form
    assert f'data-upload-url="{UPLOAD}"' in form
    assert "Valitse kuva" in form
