"""
Gzip for every response with no secret beside reflected input (BREACH), and for nothing else;
cached pages are compressed once, when stored, not for every visitor.
"""

import gzip

import pytest
from django.test import Client

from core import compression
from tests.support.bookings import booking_pages
from tests.support.factories import make_content_editor

pytestmark = pytest.mark.django_db

GZIP = {"Accept-Encoding": "gzip, br"}


def test_a_cached_page_is_compressed_once_and_served_as_stored(client):
    first = client.get("/palvelut/", headers=GZIP)
    second = client.get("/palvelut/", headers=GZIP)
    plain = client.get("/palvelut/")

    assert first["Content-Encoding"] == second["Content-Encoding"] == "gzip"
    # Compressing per response adds random bytes (Django's BREACH padding): equal bytes mean
    # both came from the one compressed copy.
    assert first.content == second.content
    assert gzip.decompress(first.content) == plain.content
    assert "Content-Encoding" not in plain
    for response in (first, plain):
        assert "Accept-Encoding" in response["Vary"]
        assert "Cookie" in response["Vary"]
    assert plain["ETag"] == first["ETag"].removeprefix("W/")


def test_a_client_without_gzip_revalidates_a_cached_page_too(client):
    etag = client.get("/palvelut/")["ETag"]

    assert client.get("/palvelut/", headers={"If-None-Match": etag}).status_code == 304


def test_the_free_times_are_compressed_though_never_cached():
    booking_pages()

    response = Client().get("/ajanvaraus/", headers=GZIP)

    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "Vapaat ajat" in gzip.decompress(response.content).decode()


@pytest.mark.parametrize("path", ["/ota-yhteytta/", "/tyoyhteisokartta/tiimi/"])
def test_pages_with_a_csrf_token_are_not_compressed(path):
    response = Client().get(path, headers=GZIP)

    assert response.status_code == 200
    assert 'name="csrfmiddlewaretoken"' in response.text
    assert "Content-Encoding" not in response


def test_a_clients_own_booking_pages_are_neither_compressed_nor_stored():
    own = [path for path in booking_pages() if path.startswith("/ajanvaraus/varaus/")]

    for path in own:
        response = Client().get(path, headers=GZIP)
        assert response.status_code == 200, path
        assert "Content-Encoding" not in response, path
        assert "no-store" in response["Cache-Control"], path
        assert "private" in response["Cache-Control"], path


def test_staff_pages_are_not_compressed():
    staff = Client()
    staff.force_login(make_content_editor())

    for path in ("/palvelut/", "/hallinta/"):
        response = staff.get(path, headers=GZIP, follow=True)
        assert response.status_code == 200, path
        assert "Content-Encoding" not in response, path


def test_a_page_not_found_is_compressed():
    response = Client().get("/ei-tallaista-sivua/", headers=GZIP)

    assert response.status_code == 404
    assert response["Content-Encoding"] == "gzip"


# A page gzipped once around its gaps ---------------------------------------------------------


@pytest.mark.parametrize(
    "values",
    [[b"ABCD-EFGH-IJKL"], [b"", b"x" * 70_000], [b"first", b"<&>", b"third"]],
    ids=["a code", "empty and longer than a stored block", "three gaps"],
)
def test_a_page_gzipped_around_its_gaps_reads_back_with_the_values_written_in(values):
    parts = [b"<p>" + bytes(range(256)) * 40 + b"</p>" for _ in range(len(values) + 1)]
    page = compression.GzipWithGaps(parts)

    body = page.fill(values)

    expected = parts[0] + b"".join(
        value + part for value, part in zip(values, parts[1:], strict=True)
    )
    assert gzip.decompress(body) == expected
    assert len(body) < len(expected) // 10 + sum(map(len, values))


def test_a_page_gzipped_around_its_gaps_needs_one_value_for_each_gap():
    page = compression.GzipWithGaps([b"a", b"b"])

    with pytest.raises(ValueError, match="one value for each gap"):
        page.fill([])
