"""
Staff upload photos in the admin; only clean copies are stored, and pages offer AVIF and WebP.

Real files made here with Pillow go through the admin's upload form, the task queue (the
immediate backend, after commit) and the public media address, and are read back with Pillow.
"""

import html
import re

import pytest

from images.models import Image
from services.models import Page
from tests.support import image_files
from tests.support.factories import make_page
from tests.support.image_files import post_image, stored_files

pytestmark = pytest.mark.django_db


def served(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return image_files.read(b"".join(response.streaming_content))


def test_a_photo_with_gps_and_orientation_is_stored_upright_and_without_metadata(
    editor_client, client, media_root, django_capture_on_commit_callbacks
):
    data = image_files.jpeg(size=(640, 480), orientation=6, gps=True)
    assert image_files.read(data).getexif()  # the upload itself carries EXIF with GPS

    response = post_image(editor_client, data, capture=django_capture_on_commit_callbacks)

    assert response.status_code == 302
    image = Image.objects.get()
    assert (image.width, image.height) == (480, 640)  # orientation 6: turned upright
    assert image.renditions_ready
    original = served(client, image.file.url)
    assert original.size == (480, 640)
    assert not original.getexif()
    assert not {"exif", "xmp", "comment"} & set(original.info)
    # Orientation 6 turns the dark left half to the top.
    assert sum(original.getpixel((240, 100))) < 100
    assert sum(original.getpixel((240, 540))) > 200

    renditions = [path for path in stored_files(media_root) if path.stem.endswith("w")]
    suffixes = {path.suffix for path in renditions}
    assert suffixes == {".avif", ".webp", ".jpeg"}
    for path in renditions:
        rendition = served(client, "/media/" + str(path.relative_to(media_root)))
        assert not rendition.getexif(), path
        assert not {"exif", "xmp", "comment"} & set(rendition.info), path
        if path.parent.name != "1":  # the image's own shape, not the square crop
            assert rendition.height > rendition.width, path


def test_markdown_shows_an_uploaded_image_as_a_picture_with_avif_webp_and_size(
    editor_client, client, django_capture_on_commit_callbacks
):
    post_image(
        editor_client,
        image_files.jpeg(size=(1300, 900)),
        capture=django_capture_on_commit_callbacks,
        caption="Ryhmän tila",
        credit="Kuva: Maija Kuvaaja",
    )
    image = Image.objects.get()
    make_page(body=f"Johdanto.\n\n{image.markdown_syntax}\n\nLoppu.")

    content = client.get("/testisivu/").content.decode()

    picture = re.search(r"<figure.*?</figure>", content, re.S).group(0)
    assert 'type="image/avif"' in picture
    assert 'type="image/webp"' in picture
    assert re.search(r'<img [^>]*width="\d+" height="\d+"', picture)
    assert 'loading="lazy"' in picture
    assert 'alt="Työnohjaaja ikkunan ääressä"' in picture
    assert "Ryhmän tila – Kuva: Maija Kuvaaja" in html.unescape(picture)
    urls = re.findall(r"(/media/\S+)", picture.replace('"', " "))
    assert urls
    for url in set(urls):
        assert client.get(url).status_code == 200, url


def test_markdown_keeps_images_from_anywhere_else_out(client):
    make_page(
        body=(
            "![[kuva:999]]\n\n"
            '<img src="https://evil.example/a.png">\n\n'
            "![kuva](https://evil.example/b.png)\n\n"
            '<picture><source srcset="https://evil.example/c.png"></picture>'
        )
    )

    response = client.get("/testisivu/")

    assert response.status_code == 200
    content = response.content.decode()
    assert "evil.example" not in content
    assert "<img" not in content.split('class="prose"')[1].split("</div>")[0]
    assert "kuva:999" not in content


REFUSED_UPLOADS = {
    "renamed-text": (
        b"Tama on tekstia, ei kuva.\n" * 20,
        "kuva.jpg",
        "ei ole JPEG-, PNG- tai WebP-kuva",
    ),
    "renamed-html": (
        b"<!doctype html><script>alert(1)</script>",
        "kuva.png",
        "ei ole JPEG-, PNG- tai WebP-kuva",
    ),
    "svg-with-script": (
        image_files.SVG_WITH_SCRIPT,
        "kuva.svg",
        "ei ole JPEG-, PNG- tai WebP-kuva",
    ),
    "decompression-bomb": (image_files.png_claiming(30000, 30000), "kuva.png", "megapikseliä"),
    "over-40-megapixels": (image_files.png_claiming(8000, 6000), "kuva.png", "megapikseliä"),
    "truncated": (image_files.jpeg(size=(800, 600))[:1500], "kuva.jpg", "vioittunut"),
}


@pytest.mark.parametrize(
    ("data", "name", "finnish_error"), REFUSED_UPLOADS.values(), ids=REFUSED_UPLOADS.keys()
)
def test_what_is_not_a_real_photo_is_refused_in_finnish_and_nothing_is_saved(
    editor_client, media_root, data, name, finnish_error
):
    response = post_image(editor_client, data, name=name)

    assert response.status_code == 200
    assert finnish_error in html.unescape(response.content.decode())
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_file_over_15_megabytes_is_refused_before_it_is_read_as_an_image(
    editor_client, media_root
):
    data = b"\xff\xd8\xff" + bytes(15 * 1024 * 1024)

    response = post_image(editor_client, data)

    assert response.status_code == 200
    assert "Tiedosto on liian suuri: enintään 15 Mt" in html.unescape(response.content.decode())
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []


def test_an_image_without_alternative_text_is_refused_unless_decorative(
    editor_client, media_root, django_capture_on_commit_callbacks
):
    refused = post_image(editor_client, image_files.png(), name="kuva.png", alt_text="")

    assert refused.status_code == 200
    assert "Kuvaile kuva niille, jotka eivät näe sitä" in html.unescape(refused.content.decode())
    assert Image.objects.count() == 0
    assert stored_files(media_root) == []

    accepted = post_image(
        editor_client,
        image_files.png(),
        name="kuva.png",
        alt_text="",
        decorative="on",
        capture=django_capture_on_commit_callbacks,
    )

    assert accepted.status_code == 302
    assert Image.objects.get().alt == ""


def test_the_admin_shows_each_image_with_its_markdown_code(
    editor_client, django_capture_on_commit_callbacks
):
    post_image(
        editor_client,
        image_files.png(),
        name="kuva.png",
        capture=django_capture_on_commit_callbacks,
    )
    image = Image.objects.get()

    listing = editor_client.get("/hallinta/images/image/").content.decode()
    change = editor_client.get(f"/hallinta/images/image/{image.pk}/change/").content.decode()

    assert f"![[kuva:{image.pk}]]" in listing
    assert f"![[kuva:{image.pk}]]" in change
    assert "omalle rivilleen" in change
    assert 'type="image/avif"' in change


def test_a_page_shows_a_changed_image_on_the_next_request(
    editor_client, client, django_capture_on_commit_callbacks
):
    post_image(
        editor_client,
        image_files.png(),
        name="kuva.png",
        capture=django_capture_on_commit_callbacks,
    )
    image = Image.objects.get()
    make_page(body=image.markdown_syntax)
    assert "Työnohjaaja ikkunan ääressä" in client.get("/testisivu/").content.decode()

    image.alt_text = "Uusi kuvaus kuvalle"
    image.save()

    assert "Uusi kuvaus kuvalle" in client.get("/testisivu/").content.decode()


def test_deleting_an_image_deletes_its_files(
    editor_client, media_root, django_capture_on_commit_callbacks
):
    post_image(
        editor_client,
        image_files.png(),
        name="kuva.png",
        capture=django_capture_on_commit_callbacks,
    )
    assert stored_files(media_root)

    with django_capture_on_commit_callbacks(execute=True):
        Image.objects.get().delete()

    assert stored_files(media_root) == []


def test_media_is_served_only_when_serve_media_is_on(client, settings, media_root):
    (media_root / "kuvat").mkdir(parents=True)
    (media_root / "kuvat" / "abc.png").write_bytes(image_files.png())

    served_response = client.get("/media/kuvat/abc.png")
    assert served_response.status_code == 200
    assert served_response["Cache-Control"] == "public, max-age=31536000, immutable"

    settings.SERVE_MEDIA = False
    assert client.get("/media/kuvat/abc.png").status_code == 404


def test_the_seeded_pages_need_no_image_query(client, django_assert_max_num_queries):
    """Markdown without image codes looks nothing up."""
    Page.objects.filter(slug="johtajuus").update(body="Ei kuvia tässä.")
    with django_assert_max_num_queries(4):
        assert client.get("/johtajuus/").status_code == 200
