"""Object storage for several servers: configured from the environment, allowed by the CSP."""

from urllib.parse import urlsplit

import pytest
from storages.backends.s3 import S3Storage

from core.media_storage import IMMUTABLE_CACHE_CONTROL, s3_storage
from tests.support import processes

S3_ENV = {
    "MEDIA_S3_BUCKET": "tyonohjaus-kuvat",
    "MEDIA_S3_ENDPOINT_URL": "https://objects.example.net",
    "MEDIA_S3_REGION": "eu-north-1",
}


def test_without_a_bucket_files_stay_on_the_local_disk():
    assert s3_storage({}) == (None, None)


@pytest.mark.parametrize(
    ("extra", "host"),
    [
        ({}, "https://objects.example.net"),
        (
            {"MEDIA_S3_CUSTOM_DOMAIN": "kuvat.tyonohjaus.example"},
            "https://kuvat.tyonohjaus.example",
        ),
    ],
    ids=["endpoint", "custom-domain"],
)
def test_the_allowed_image_host_is_where_the_storage_points_its_addresses(extra, host):
    storage, image_host = s3_storage({**S3_ENV, **extra})

    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert image_host == host
    # django-storages builds the address locally (unsigned): no network is needed.
    url = S3Storage(**storage["OPTIONS"]).url("kuvat/abc/600w.avif")
    assert f"{urlsplit(url).scheme}://{urlsplit(url).netloc}" == host
    assert storage["OPTIONS"]["object_parameters"]["CacheControl"] == IMMUTABLE_CACHE_CONTROL


def test_aws_without_an_endpoint_uses_the_buckets_own_host():
    storage, image_host = s3_storage({"MEDIA_S3_BUCKET": "kuvat", "MEDIA_S3_REGION": "eu-north-1"})

    url = S3Storage(**storage["OPTIONS"]).url("kuvat/abc.jpg")
    assert f"https://{urlsplit(url).netloc}" == image_host


def _img_src(**env):
    result = processes.manage(
        "shell",
        "-c",
        "from django.conf import settings; "
        "print(settings.CONTENT_SECURITY_POLICY['DIRECTIVES']['img-src'])",
        env=processes.environment(DJANGO_DEBUG="1", **env),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_content_security_policy_gains_exactly_the_storage_host_when_configured():
    assert _img_src() == "[\"'self'\"]"
    assert _img_src(**S3_ENV) == "[\"'self'\", 'https://objects.example.net']"
