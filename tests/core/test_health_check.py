"""
/healthz checks everything a page needs, the database and the shared cache, and a dead or
hanging Redis makes it answer 503 promptly instead of every page failing behind a 200.
"""

import json
import urllib.error
import urllib.request
import uuid

import pytest
import redis
from django.test import override_settings

from tests.support import processes
from tests.support.live_gunicorn import LiveGunicorn
from tests.support.redis_proxy import REDIS_URL, RedisProxy, redis_available
from tests.support.smtp import free_port

pytestmark = pytest.mark.django_db

REDIS_BACKEND = "django.core.cache.backends.redis.RedisCache"
# Keys go under a prefix of their own and are deleted afterwards: the Redis may be shared.
TEST_DATABASE = 9

needs_redis = pytest.mark.skipif(
    not redis_available(), reason=f"no Redis answers at {REDIS_URL} (apt-get install redis-server)"
)


@pytest.fixture
def key_prefix():
    prefix = f"tyonohjaus-test-{uuid.uuid4().hex}"
    yield prefix
    if redis_available():
        client = redis.Redis.from_url(f"{REDIS_URL}/{TEST_DATABASE}")
        for key in client.scan_iter(f"{prefix}:*"):
            client.delete(key)
        client.close()


def redis_cache(location, key_prefix):
    return {
        "default": {
            "BACKEND": REDIS_BACKEND,
            "LOCATION": location,
            "KEY_PREFIX": key_prefix,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 1},
        }
    }


@needs_redis
def test_health_check_answers_200_with_a_working_redis(client, key_prefix):
    with override_settings(CACHES=redis_cache(f"{REDIS_URL}/{TEST_DATABASE}", key_prefix)):
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.content == b"ok\n"


def test_health_check_answers_503_when_redis_is_unreachable(client, key_prefix):
    dead = f"redis://127.0.0.1:{free_port()}/0"

    with override_settings(CACHES=redis_cache(dead, key_prefix)):
        response = client.get("/healthz")

    assert response.status_code == 503
    assert response.content == b"cache unavailable\n"
    assert "no-cache" in response["Cache-Control"]


def test_health_check_answers_503_when_the_cache_keeps_nothing(client):
    dummy = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

    with override_settings(CACHES=dummy):
        response = client.get("/healthz")

    assert response.status_code == 503


def caches(url):
    """The default cache's settings, as the site reads them from ``CACHE_URL``."""
    code = "import json; from django.conf import settings; print(json.dumps(settings.CACHES))"
    env = processes.environment(DJANGO_DEBUG="1", CACHE_URL=url)
    result = processes.manage("shell", "-c", code, env=env, check=True)
    return json.loads(result.stdout.strip().splitlines()[-1])["default"]


def test_a_redis_cache_url_gets_short_timeouts_unless_it_gives_its_own():
    default = caches("redis://cache-host:6379/1?key_prefix=site")
    own = caches("redis://cache-host:6379/1?socket_timeout=5")

    assert default["BACKEND"] == REDIS_BACKEND
    assert default["KEY_PREFIX"] == "site"
    assert default["OPTIONS"] == {"socket_connect_timeout": 0.5, "socket_timeout": 1}
    assert own["OPTIONS"] == {"socket_connect_timeout": 0.5, "socket_timeout": 5}


def test_the_file_cache_keeps_thousands_of_entries_before_it_culls(tmp_path):
    # Django's 300 would delete a random third, the content version with it, every so often.
    file_cache = caches(f"filecache://{tmp_path / 'cache'}")

    assert file_cache["OPTIONS"]["MAX_ENTRIES"] == 5000


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def redis_proxy():
    proxy = RedisProxy().start()
    yield proxy
    proxy.stop()


@pytest.fixture
def site_on_redis(tmp_path, redis_proxy, key_prefix):
    cache_url = f"{redis_proxy.url(TEST_DATABASE)}?key_prefix={key_prefix}"
    site = LiveGunicorn(tmp_path, workers=1, CACHE_URL=cache_url).start()
    yield site
    site.stop()


@needs_redis
@pytest.mark.parametrize("failure", ["go_down", "go_silent"])
def test_gunicorn_health_check_answers_503_when_redis_dies_or_hangs(
    site_on_redis, redis_proxy, failure
):
    assert status_of(site_on_redis.url + "/")[0] == 200
    assert status_of(site_on_redis.url + "/healthz") == (200, b"ok\n")

    getattr(redis_proxy, failure)()

    # An answer, not a worker stuck until gunicorn's 30 s timeout kills it.
    assert status_of(site_on_redis.url + "/healthz") == (503, b"cache unavailable\n")
