"""
Renditions that cannot be made: a strip (20000 × 2) is refused at upload in Finnish; an image
whose renditions failed all the same says so in the admin; and until renditions exist every
page shows the clean original, never an empty frame or a missing file.
"""

import html
import re

import pytest
from django.core.files.base import ContentFile

from images.models import Image
from tests.support import image_files
from tests.support.factories import make_page
from tests.support.image_files import post_image, stored_files

pytestmark = pytest.mark.django_db

REFUSAL = (
    "Kuva on liian kapea tai matala: sen pidempi sivu saa olla enintään 5 kertaa lyhyemmän "
    "sivun pituinen."
)


def images_on(client, path):
    """The <img> and <source> elements of a page's Markdown figures."""
    content = client.get(path).content.decode()
    figures = "".join(re.findall(r"<figure.*?</figure>", content, re.S))
    return re.findall(r"<img [^>]*>", figures), re.findall(r"<source [^>]*>", figures)


@pytest.mark.parametrize("size", [(20000, 2), (2, 20000), (1201, 200)])
def test_a_strip_far_longer_than_it_is_wide_is_refused_in_finnish(editor_client, media_root, size):
    response = post_image(editor_client, image_files.png(size=size), name="kuva.png")

    assert response.status_code == 200
    assert REFUSAL in html.unescape(response.content.decode())
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_panorama_of_five_to_one_is_a_photo(editor_client, django_capture_on_commit_callbacks):
    response = post_image(
        editor_client,
        image_files.png(size=(1200, 240)),
        name="kuva.png",
        capture=django_capture_on_commit_callbacks,
    )

    assert response.status_code == 302
    assert Image.objects.get().renditions_ready


def test_an_image_whose_renditions_failed_says_so_in_the_admin_and_pages_show_its_original(
    editor_client, client, django_capture_on_commit_callbacks
):
    # Stored before uploads were checked for their shape: no rendition of it can be made.
    with django_capture_on_commit_callbacks(execute=True):
        image = Image.objects.create(
            title="Kaistale",
            alt_text="Ohut viiva",
            file=ContentFile(image_files.png(size=(2000, 2)), name="kaistale.png"),
        )
    image.refresh_from_db()
    assert not image.renditions_ready

    listing = html.unescape(editor_client.get("/hallinta/images/image/").content.decode())
    change = html.unescape(
        editor_client.get(f"/hallinta/images/image/{image.pk}/change/").content.decode()
    )

    assert "epäonnistui" in listing
    assert "Pienempien versioiden tekeminen epäonnistui (ZeroDivisionError" in change
    assert "Sivuilla näytetään sillä välin alkuperäinen kuva." in change

    make_page(body=f"Johdanto.\n\n{image.markdown_syntax}\n")
    [img], sources = images_on(client, "/testisivu/")
    assert sources == []
    assert f'src="{image.file.url}"' in img
    assert 'width="2000" height="2"' in img
    assert client.get(image.file.url).status_code == 200


def test_until_its_renditions_exist_a_page_shows_the_clean_original(editor_client, client):
    # Uploaded, and the worker has not yet made its renditions (no after-commit work ran).
    response = post_image(editor_client, image_files.jpeg(size=(640, 480), gps=True))
    assert response.status_code == 302
    image = Image.objects.get()
    assert not image.renditions_ready
    change = html.unescape(
        editor_client.get(f"/hallinta/images/image/{image.pk}/change/").content.decode()
    )
    assert "Tekeillä: sivuilla näytetään alkuperäinen kuva, kunnes versiot ovat valmiit." in change

    make_page(body=f"Johdanto.\n\n{image.markdown_syntax}\n")
    [img], sources = images_on(client, "/testisivu/")

    assert sources == []
    assert f'src="{image.file.url}"' in img
    assert 'width="640" height="480"' in img
    response = client.get(image.file.url)
    assert response.status_code == 200
    original = image_files.read(b"".join(response.streaming_content))
    assert original.size == (640, 480)
    assert not original.getexif()
    assert not {"exif", "xmp", "comment"} & set(original.info)
