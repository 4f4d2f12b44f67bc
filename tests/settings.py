"""Settings for the test suite: the site's own settings, with fast, self-contained test values."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-secret-key-not-for-production-use")
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver,localhost,127.0.0.1")
os.environ.setdefault(
    "DJANGO_STATICFILES_STORAGE", "django.contrib.staticfiles.storage.StaticFilesStorage"
)

from tyonohjaus.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The test client speaks plain HTTP; tests of the redirect and HSTS ask for HTTPS themselves.
SECURE_SSL_REDIRECT = False
# Tasks run at once, in the test's own thread: tests see their effects without a worker. Tests
# of the real queue switch to the database backend and run `run_worker` themselves.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "QUEUES": TASK_QUEUES,  # noqa: F405
    }
}
# Staff log in with a password alone in most tests (as in `make run`); the two-factor tests
# (tests/core/test_admin_two_factor.py) turn this on. Superusers need a second factor regardless.
ADMIN_REQUIRE_2FA = False

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # The test database is thrown away after the run: no commit need wait for its WAL to reach
    # the disk (what other sessions see, and when, is unchanged).
    DATABASES["default"]["OPTIONS"] = {  # noqa: F405
        **DATABASES["default"].get("OPTIONS", {}),  # noqa: F405
        "options": "-c synchronous_commit=off",
    }
