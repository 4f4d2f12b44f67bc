"""
Settings of the työnohjaus site: one module, every deploy-time value read from the environment.

Production is the default: with DJANGO_DEBUG off the site refuses to start without the values
it needs, and every security setting is on. `make run` turns DJANGO_DEBUG on for development.
See the README for the table of variables.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core import media_storage, static_headers

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
    # Before the admin, as django-modeltranslation requires.
    "modeltranslation",
    "tyonohjaus.apps.SiteAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "adminsortable2",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "crispy_forms",
    "crispy_bootstrap5",
    "reversion",
    "django_tasks",
    "django_tasks_db",
    "pictures",
    "core",
    "services",
    "images",
    "supervisors",
    "contact",
    "community_map",
    "pricing",
    "faq",
    "articles",
    "testimonials",
    "booking",
    "events",
    "processes",
    "evaluations",
    "navigation",
    "landing",
    "website",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files first, with the security policies built once (core.static_headers).
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A visitor's plain GET of a cached public page is answered here, with the headers the
    # rest of the middleware gave it when it was cached (core.page_cache).
    "core.page_cache.EarlyHitMiddleware",
    # The language the address names (/sv/, /en/), Finnish elsewhere; never negotiated.
    "core.languages.PathLanguageMiddleware",
    # A body larger than its address accepts gets 413 before anything reads it.
    "core.request_bodies.RequestBodyLimitMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Gzip where no secret sits beside reflected input (BREACH); outside ConditionalGet, so
    # that ETags are taken of the uncompressed page.
    "core.compression.CompressionMiddleware",
    # ETags for every page, so that a returning visitor's browser gets 304 Not Modified.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Marks request.user verified once a second factor was given in this session.
    "django_otp.middleware.OTPMiddleware",
    # Outside the admin, staff who have not given the second factor are anonymous visitors.
    "core.two_factor.UnverifiedStaffAsVisitorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Last, as django-axes requires: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
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
                "navigation.context_processors.menu",
            ],
        },
    },
]

WSGI_APPLICATION = "tyonohjaus.wsgi.application"

# Databases -------------------------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and one writer work at once; IMMEDIATE transactions take the write
    # lock up front, so that concurrent writers queue (for up to `timeout` seconds) instead
    # of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        **DATABASES["default"].get("OPTIONS", {}),
    }
# Each worker keeps its connection between requests (checked before reuse) instead of opening
# one per request: on SQLite an opening, with its pragmas, and a closing cost about 1 ms, a
# third of an uncached page (the booking list).
DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True

# One cache shared by every worker process on this server (contact rate limit, page cache);
# set CACHE_URL=redis://… when several servers share it.
_cache_url_config = env.cache("CACHE_URL", default=f"filecache://{BASE_DIR / 'var' / 'cache'}")
# django-environ keeps options such as ?key_prefix=… in lower case, where Django ignores them.
CACHES = {"default": {key.upper(): value for key, value in _cache_url_config.items()}}
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.filebased.FileBasedCache":
    # Past its MAX_ENTRIES (Django's default: 300) the file cache deletes a random third of its
    # entries at the next write, the content version among them, which re-renders every page.
    # One content version's pages, their early answers, the booking variants and the personal
    # maps pass 300 soon; 5,000 small files are tens of megabytes.
    CACHES["default"]["OPTIONS"] = {"MAX_ENTRIES": 5000, **CACHES["default"].get("OPTIONS", {})}
elif CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # An unreachable Redis must fail a request (and /healthz) within a second, not hold the
    # worker until gunicorn kills it. Values given in CACHE_URL's query string win.
    CACHES["default"]["OPTIONS"] = {
        "socket_connect_timeout": 0.5,
        "socket_timeout": 1,
        **CACHES["default"].get("OPTIONS", {}),
    }

# Passwords and logins --------------------------------------------------------------------
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed logins lock out that username *from that address* for the cool-off: an attacker
# elsewhere cannot lock a staff member out, and no lockout lasts forever.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "core.clients.client_address"
AXES_LOCKOUT_CALLABLE = "core.views.login_locked_out"
AXES_VERBOSE = False
# Two-factor login for the admin (core/two_factor.py): superusers always; every staff
# member when this is on, as it is in production. `make run` (DJANGO_DEBUG) turns it off.
ADMIN_REQUIRE_2FA = env.bool("ADMIN_REQUIRE_2FA", default=not DEBUG)
# The name an authenticator app shows beside the account.
OTP_TOTP_ISSUER = env.str("OTP_TOTP_ISSUER", default="Työnohjaus")
# Nobody reads a device's secret back from the admin.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# How many reverse proxies in front of the app to believe about the client's address
# (X-Forwarded-For); 0 trusts none and uses the connection's own address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Language and time -------------------------------------------------------------------------
LANGUAGE_CODE = "fi"
# Finnish at the root, Swedish under /sv/ and English under /en/ (core/languages.py).
LANGUAGES = [("fi", _("Finnish")), ("sv", _("Swedish")), ("en", _("English"))]
# The languages of the content (django-modeltranslation, each app's translation.py): every text
# a visitor reads has a field in each, Finnish the default and the fallback of an empty one.
MODELTRANSLATION_LANGUAGES = ("fi", "sv", "en")
MODELTRANSLATION_DEFAULT_LANGUAGE = "fi"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("fi",)


def _verbose_name_in_language(verbose_name, code):
    """A text's field in one language, as the admin names it: "otsikko (ruotsi)"."""
    from django.utils.translation import get_language_info

    return f"{verbose_name} ({get_language_info(code)['name_translated']})"


MODELTRANSLATION_BUILD_LOCALIZED_VERBOSE_NAME = _verbose_name_in_language
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Helsinki"
USE_I18N = True
USE_TZ = True

# Static files ----------------------------------------------------------------------------
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
WHITENOISE_ADD_HEADERS_FUNCTION = static_headers.add_policy_headers

# Uploaded images (media) ---------------------------------------------------------------------
# Files live on Django's default storage: MEDIA_ROOT on one server (nginx or Caddy serve
# /media/), or an S3-compatible bucket shared by several servers (MEDIA_S3_BUCKET).
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_STORAGE, MEDIA_IMAGE_HOST = media_storage.s3_storage(env.ENVIRON)
if MEDIA_STORAGE:
    STORAGES["default"] = MEDIA_STORAGE
# The app serves MEDIA_ROOT itself only for `make run` and `make serve`; in production the
# web server does it (deploy/nginx.conf, deploy/Caddyfile).
SERVE_MEDIA = env.bool("SERVE_MEDIA", default=DEBUG)
# Refuse uploads above these before any decoding (README: images).
IMAGE_MAX_BYTES = 15 * 1024 * 1024
IMAGE_MAX_PIXELS = 40_000_000
# A panorama up to 5:1 is a photo; a longer strip has no renditions (and no place on a page).
IMAGE_MAX_ASPECT_RATIO = 5
# Renditions (django-pictures): AVIF and WebP with a JPEG fallback, widths of a quarter of
# the content column up to twice the column (sharp on high-density screens). They are made
# by the task worker after an upload, never while a visitor waits.
PICTURES = {
    "CONTAINER_WIDTH": 1200,
    "GRID_COLUMNS": 4,
    "PIXEL_DENSITIES": [1, 2],
    "FILE_TYPES": ["AVIF", "WEBP", "JPEG"],
    "USE_PLACEHOLDERS": False,
    "PROCESSOR": "images.tasks.queue_renditions",
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Security headers and cookies ------------------------------------------------------------
SECURE_SSL_REDIRECT = env.bool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
# Load balancers check /healthz over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = 0 if DEBUG else env.int("DJANGO_HSTS_SECONDS", default=63072000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env.bool("DJANGO_HSTS_PRELOAD", default=False)
# Joining the browsers' HSTS preload list binds the whole domain for years: the domain owner's
# decision (DJANGO_HSTS_PRELOAD=1), not a default, so its reminder is not a deploy failure.
SILENCED_SYSTEM_CHECKS = [] if SECURE_HSTS_PRELOAD else ["security.W021"]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Staff sessions are read from the cache: the page cache checks a session cookie on every
# request that sends one, and a real session then costs no query.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"
if not DEBUG:
    # __Host- cookies are only accepted over HTTPS, for this exact host and path /.
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
CSRF_FAILURE_VIEW = "core.views.csrf_failure"

# Nothing is loaded from another host, nothing runs inline, nothing may frame the site; the
# same policy holds for the admin (proved in tests/browser/test_content_security_policy.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", *([MEDIA_IMAGE_HOST] if MEDIA_IMAGE_HOST else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "manifest-src": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "object-src": ["'none'"],
    }
}
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}

# Email and the contact form ---------------------------------------------------------------
EMAIL_CONFIG = env.email("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
# A mail server that does not answer must not hold a visitor's request for long: the enquiry
# is saved first, and an unsent one is retried by `send_pending_enquiries`.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# The site's public address, for links in email (e.g. to an enquiry in the admin).
SITE_URL = env.str("SITE_URL", default="http://127.0.0.1:8000")

# In development every enquiry "reaches staff" on the console, so a newcomer's test enquiry
# succeeds; production has no default, and `check --deploy` warns until it is set.
CONTACT_RECIPIENTS = env.list(
    "CONTACT_RECIPIENTS", default=["henkilokunta@localhost"] if DEBUG else []
)
CONTACT_SEND_CONFIRMATION = env.bool("CONTACT_SEND_CONFIRMATION", default=True)
CONTACT_MIN_SECONDS = env.float("CONTACT_MIN_SECONDS", default=3)
CONTACT_MAX_FORM_AGE = 24 * 60 * 60
CONTACT_RATE_LIMIT = env.int("CONTACT_RATE_LIMIT", default=5)
CONTACT_RATE_LIMIT_PERIOD = env.int("CONTACT_RATE_LIMIT_PERIOD", default=60 * 60)
ENQUIRY_RETENTION_DAYS = env.int("ENQUIRY_RETENTION_DAYS", default=730)
# A contact POST is a few kilobytes; admin page bodies stay well below this.
DATA_UPLOAD_MAX_MEMORY_SIZE = 256 * 1024
# No public form takes a file: a request's whole body, form and files, may be this large, with
# room for a multipart body's own overhead; a larger one gets 413 before it is read
# (core/request_bodies.py). Only the admin's image uploads take a photo, and the form around
# it. deploy/nginx.conf and deploy/Caddyfile refuse the same bodies first.
REQUEST_BODY_MAX_BYTES = 2 * DATA_UPLOAD_MAX_MEMORY_SIZE
IMAGE_UPLOAD_MAX_BYTES = IMAGE_MAX_BYTES + 1024 * 1024
REQUEST_BODY_LIMITS = {
    "admin:images_image_add": IMAGE_UPLOAD_MAX_BYTES,
    "admin:images_image_change": IMAGE_UPLOAD_MAX_BYTES,
    # The Markdown editor's image picker uploads in place.
    "admin:images_image_picker_upload": IMAGE_UPLOAD_MAX_BYTES,
}

# Slow work (email) never runs in a visitor's request: it is queued in the database and run by
# the workers (`manage.py run_worker`, started by `make run`, `make serve` and systemd). The
# database needs no new server on one machine and serves several workers on PostgreSQL.
# Image renditions have a queue (and a worker) of their own: email never waits behind them.
TASK_QUEUES = ["default", "images"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": TASK_QUEUES}}
# The worker's health (core/worker.py, /healthz): each worker reports itself this often, and
# one not seen for WORKER_STALE_SECONDS has died (its running task is then run again).
WORKER_HEARTBEAT_SECONDS = 10
WORKER_STALE_SECONDS = 60
# After a database error the worker waits 1 s, then twice as long each time, up to this.
WORKER_MAX_BACKOFF_SECONDS = 30
# How many times a task that failed on a database error (a lock, a restart) is run.
TASK_TRANSIENT_RETRIES = 5
# /healthz answers 503 when a task has waited longer than this in its queue, or run longer.
TASK_MAX_WAIT_SECONDS = {"default": 120, "images": 900}
TASK_MAX_RUN_SECONDS = 900
# /healthz reports those (503) unless this is off: for a load balancer's check on a server
# whose task queue is watched elsewhere, or a test server that runs no worker.
HEALTHZ_CHECKS_TASK_QUEUE = env.bool("HEALTHZ_CHECKS_TASK_QUEUE", default=True)
# How long a sender may hold its claim on an enquiry's notification: longer than any SMTP
# conversation can take, so that only a sender that died loses its claim to another.
NOTIFY_CLAIM_SECONDS = max(120, 6 * EMAIL_TIMEOUT)

# Booking a free first conversation (booking/): the same spam rules as the contact form.
BOOKING_RATE_LIMIT = env.int("BOOKING_RATE_LIMIT", default=5)
BOOKING_RATE_LIMIT_PERIOD = env.int("BOOKING_RATE_LIMIT_PERIOD", default=60 * 60)
# Bookings are deleted this many days after the meeting (privacy statement).
BOOKING_RETENTION_DAYS = env.int("BOOKING_RETENTION_DAYS", default=365)
# The reminder goes out when the meeting is at most this many hours away.
BOOKING_REMINDER_HOURS = env.int("BOOKING_REMINDER_HOURS", default=24)
# The domain in the invites' UIDs: fixed, so that a calendar recognises every update.
BOOKING_UID_DOMAIN = env.str(
    "BOOKING_UID_DOMAIN", default=(SITE_URL.split("//")[-1].split("/")[0].split(":")[0])
)

# Training days and info sessions (events/): the same spam rules as the other forms.
EVENT_RATE_LIMIT = env.int("EVENT_RATE_LIMIT", default=5)
EVENT_RATE_LIMIT_PERIOD = env.int("EVENT_RATE_LIMIT_PERIOD", default=60 * 60)
# Registrations are deleted this many days after the event (privacy statement).
EVENT_RETENTION_DAYS = env.int("EVENT_RETENTION_DAYS", default=365)
# The reminder goes out when the event starts within this many hours.
EVENT_REMINDER_HOURS = env.int("EVENT_REMINDER_HOURS", default=24)
# The most people one form registers at once.
EVENT_GROUP_LIMIT = env.int("EVENT_GROUP_LIMIT", default=10)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# Logging: one line per event on standard output; in production a JSON object for any log
# collector, in development readable text ---------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "core.logging.JsonFormatter",
            "format": "%(asctime)s %(levelname)s %(name)s %(message)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        },
        "text": {"format": "%(asctime)s %(levelname)-7s %(name)s: %(message)s"},
    },
    "filters": {
        # Email addresses and admin search terms never reach the log (core/logging.py).
        "personal_data": {"()": "core.logging.PersonalDataFilter"},
    },
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "text" if DEBUG else "json",
            "filters": ["personal_data"],
        },
    },
    "root": {"handlers": ["stdout"], "level": env.str("DJANGO_LOG_LEVEL", default="INFO")},
    "loggers": {
        # Django's own console handler (development) would print each line a second time.
        "django": {"handlers": [], "propagate": True},
        # Unhandled errors: "Internal Server Error: /path" with the traceback.
        "django.request": {"level": "WARNING"},
    },
}
