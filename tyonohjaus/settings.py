"""
Settings of the työnohjaus site: one module, every deploy-time value read from the environment.

Development defaults are safe; production (DJANGO_DEBUG off, the default) refuses to start
without the values it needs. See the README for the table of variables.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env")

DEBUG = env.bool("DJANGO_DEBUG", default=False)


def _required_in_production(name, development_default):
    """Return the environment value, or the development default when DEBUG is on."""
    value = env.str(name, default="")
    if value:
        return value
    if DEBUG:
        return development_default
    raise ImproperlyConfigured(
        f"{name} must be set when DJANGO_DEBUG is off. See README.md, section Configuration."
    )


SECRET_KEY = _required_in_production(
    "DJANGO_SECRET_KEY", "django-insecure-development-only-key-never-used-in-production"
)
ALLOWED_HOSTS = [
    host.strip()
    for host in _required_in_production("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]").split(
        ","
    )
    if host.strip()
]

INSTALLED_APPS = [
    "tyonohjaus",
    "tyonohjaus.apps.SiteAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "adminsortable2",
    "reversion",
    "crispy_forms",
    "crispy_bootstrap5",
    "services",
    "contact",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tyonohjaus.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "services.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "tyonohjaus.wsgi.application"

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}

CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fi"
LANGUAGES = [("fi", _("Finnish"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": env.str(
            "DJANGO_STATICFILES_STORAGE",
            default="whitenoise.storage.CompressedManifestStaticFilesStorage",
        )
    },
}
# WhiteNoise serves files straight from the finders in development, so `make run` needs
# no collectstatic; production serves the hashed, compressed copies from STATIC_ROOT.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# A mail server that does not answer must not hold a visitor's request for long: the enquiry
# is saved first, and an unsent one is retried by `send_pending_enquiries`.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The site's public address, for links in email (e.g. to an enquiry in the admin).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# The contact form ("Laita viestiä").
CONTACT_RECIPIENTS = env.list("CONTACT_RECIPIENTS", default=[])
CONTACT_SEND_CONFIRMATION = env.bool("CONTACT_SEND_CONFIRMATION", default=True)
CONTACT_MIN_SECONDS = env.float("CONTACT_MIN_SECONDS", default=3)
CONTACT_MAX_FORM_AGE = 24 * 60 * 60
CONTACT_RATE_LIMIT = env.int("CONTACT_RATE_LIMIT", default=5)
CONTACT_RATE_LIMIT_PERIOD = env.int("CONTACT_RATE_LIMIT_PERIOD", default=60 * 60)
ENQUIRY_RETENTION_DAYS = env.int("ENQUIRY_RETENTION_DAYS", default=730)
# A contact POST is a few kilobytes; admin page bodies stay well below this.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024

CSRF_FAILURE_VIEW = "tyonohjaus.views.csrf_failure"

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
}
