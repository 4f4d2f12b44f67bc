"""
A request body larger than its address accepts is refused with 413 and a Finnish page before
anything reads it: every public address takes REQUEST_BODY_MAX_BYTES at most, and only the
admin's image upload takes a photo. Through the test client and through a live gunicorn.
"""

import http.client

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from community_map.models import TeamResponse, TeamSurvey
from tests.support.image_files import upload
from tests.support.live_gunicorn import LiveGunicorn
from tests.support.site_urls import PUBLIC_PATHS
from tests.support.team_maps import dimension_answers, new_survey

pytestmark = pytest.mark.django_db

MEGABYTE = 1024 * 1024
FINNISH_PAGE = "Lähetys on liian suuri"


def oversized(client, path, size=settings.REQUEST_BODY_MAX_BYTES + 1):
    return client.post(path, b"x" * size, content_type="application/octet-stream")


def test_a_20_mb_multipart_answer_to_the_team_map_is_refused_unread_and_stores_nothing():
    ballot = new_survey()
    survey = ballot.survey
    data = {**dimension_answers([3] * 6), "liite": upload(b"\0" * (20 * MEGABYTE), "liite.bin")}

    response = Client().post(ballot.answer_path(), data)

    assert response.status_code == 413
    assert FINNISH_PAGE in response.content.decode()
    assert TeamResponse.objects.count() == 0
    survey.refresh_from_db()
    assert survey.answer_count == 0


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_every_public_address_refuses_a_body_over_the_limit(path):
    response = oversized(Client(enforce_csrf_checks=True), path)

    assert response.status_code == 413, path
    assert FINNISH_PAGE in response.content.decode()


def test_a_body_within_the_limit_reaches_the_form():
    ballot = new_survey()
    survey = ballot.survey

    response = Client().post(
        ballot.answer_path(), {**dimension_answers([3] * 6), "tyhjaa": "x" * 100_000}
    )

    assert response.status_code == 302
    survey.refresh_from_db()
    assert survey.answer_count == 1


def test_only_the_admins_image_upload_takes_a_photo(editor_client):
    image_add = reverse("admin:images_image_add")
    image_change = reverse("admin:images_image_change", args=[1])
    page_add = reverse("admin:services_page_add")

    photo_size = settings.IMAGE_MAX_BYTES + 1
    assert oversized(editor_client, image_add, photo_size).status_code != 413
    assert oversized(editor_client, image_change, photo_size).status_code != 413
    picker_upload = reverse("admin:images_image_picker_upload")
    assert oversized(editor_client, picker_upload, photo_size).status_code != 413
    assert oversized(editor_client, page_add, photo_size).status_code == 413
    assert oversized(editor_client, page_add).status_code == 413
    too_big = settings.IMAGE_UPLOAD_MAX_BYTES + 1
    assert oversized(editor_client, image_add, too_big).status_code == 413


def test_gunicorn_answers_413_before_the_body_is_sent(tmp_path):
    site = LiveGunicorn(tmp_path, workers=1).start()
    try:
        connection = http.client.HTTPConnection("127.0.0.1", site.port, timeout=30)
        connection.putrequest("POST", "/tyoyhteisokartta/tiimi/vastaa/esimerkki/")
        connection.putheader("Content-Type", "multipart/form-data; boundary=raja")
        connection.putheader("Content-Length", str(20 * MEGABYTE))
        connection.endheaders(b"--raja\r\n")  # and not one byte more
        response = connection.getresponse()
        body = response.read().decode()
        connection.close()
    finally:
        site.stop()

    assert response.status == 413
    assert FINNISH_PAGE in body


def test_no_survey_is_created_by_an_oversized_body():
    oversized(Client(), reverse("community_map:team_create"))

    assert TeamSurvey.objects.count() == 0
