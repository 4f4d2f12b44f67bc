"""Secure by default: production checks, security headers on every response, cookies, CSRF."""

import shutil
import tempfile
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.test import Client, override_settings

from tests.support import processes
from tests.support.live_gunicorn import MIGRATED

pytestmark = pytest.mark.django_db

PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "tyonohjaus.settings",
    # An empty database of its own: a developer's db.sqlite3 (with `make run`'s example
    # content, which check --deploy rightly warns about) must not decide these tests.
    "DATABASE_URL": f"sqlite:///{Path(tempfile.mkdtemp()) / 'empty.sqlite3'}",
    "DJANGO_SECRET_KEY": "x7!kq2-production-like-secret-key-for-the-deploy-check-4f9a1c0e8d",
    "DJANGO_ALLOWED_HOSTS": "tyonohjaus.example",
    "SITE_URL": "https://tyonohjaus.example",
    "CONTACT_RECIPIENTS": "staff@tyonohjaus.example",
    "EMAIL_URL": "smtp+tls://user:password@smtp.example.com:587",
}


def manage(*args, drop=(), database=None, check=False):
    env = processes.environment(**PRODUCTION_ENV)
    if database:
        env["DATABASE_URL"] = database
    for name in drop:
        env.pop(name, None)
    return processes.manage(*args, env=env, check=check)


REAL_DETAILS = (
    "from services.models import SiteDetails; d = SiteDetails.load(); "
    "d.email = 'info@tyonohjaus.example'; d.phone = '+358 9 876 5432'; "
    "d.street_address = 'Työnohjaajankatu 2'; d.name = 'Työnohjaus Testinen'; "
    "d.legal_name = 'Työnohjaus Testinen Oy'; d.business_id = '1572860-0'; "
    "d.vat_registered = True; d.einvoice_address = '003715728600'; "
    "d.einvoice_operator = 'Operaattori Oy (003712345678)'; d.save()"
)

# Staff have read the seeded Swedish and English translations and ticked them reviewed.
TRANSLATIONS_REVIEWED = (
    "from core import translations as t; "
    "[t.mark_reviewed(item, language) for model in t.reviewable_models() "
    "for language in t.OTHER_LANGUAGES for item in t.unreviewed(model, language)]"
)


@pytest.fixture(scope="module")
def ready_database(tmp_path_factory):
    """
    A migrated database as it is when going live: the seeded placeholder contact details
    (which the deploy check warns about) replaced by real ones, the seeded translations
    reviewed, and no example content.
    """
    path = tmp_path_factory.mktemp("deploy") / "db.sqlite3"
    MIGRATED.copy_to_sqlite(path)  # as `migrate` leaves it
    url = f"sqlite:///{path}"
    for command in (REAL_DETAILS, TRANSLATIONS_REVIEWED):
        result = manage("shell", "-c", command, database=url)
        assert result.returncode == 0, result.stdout + result.stderr
    return url


def test_deploy_check_passes_with_production_settings(ready_database):
    result = manage("check", "--deploy", "--fail-level", "WARNING", database=ready_database)

    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_warns_about_the_seeded_placeholder_contact_details(tmp_path):
    MIGRATED.copy_to_sqlite(tmp_path / "db.sqlite3")  # as `migrate` leaves it
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"

    result = manage("check", "--deploy", "--fail-level", "WARNING", database=database)

    assert result.returncode != 0
    assert "services.W001" in result.stderr
    assert "email, street_address, phone" in result.stderr
    assert "services.W003" in result.stderr
    assert "name, legal_name, business_id, vat_registered, einvoice_address" in result.stderr
    # The seeded Swedish and English texts are shown, but no one has reviewed them yet.
    assert "tyonohjaus.W002" in result.stderr
    assert "services.Page with a translation (sv) not reviewed" in result.stderr
    assert "services.Page with a translation (en) not reviewed" in result.stderr


def test_deploy_check_warns_while_example_content_is_published(ready_database, tmp_path):
    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    shutil.copy(ready_database.removeprefix("sqlite:///"), tmp_path / "db.sqlite3")
    manage("load_example_content", database=database, check=True)

    result = manage("check", "--deploy", "--fail-level", "WARNING", database=database)

    assert result.returncode != 0
    assert "services.W002" in result.stderr
    assert "(pricing.PriceRow)" in result.stderr
    assert "(testimonials.Testimonial)" in result.stderr
    assert "services.W001" not in result.stderr
    # The example company details fill only empty fields: the real ones stay, and pass.
    assert "services.W003" not in result.stderr


def test_deploy_check_warns_when_enquiries_would_reach_no_one():
    result = manage("check", "--deploy", "--fail-level", "WARNING", drop=["CONTACT_RECIPIENTS"])

    assert result.returncode != 0
    assert "contact.W001" in result.stderr


def test_deploy_check_warns_about_a_site_url_that_is_not_the_public_https_address():
    result = manage("check", "--deploy", "--fail-level", "WARNING", drop=["SITE_URL"])

    assert result.returncode != 0
    assert "tyonohjaus.W001" in result.stderr


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    result = manage("check", drop=[missing])

    assert result.returncode != 0
    assert f"{missing} must be set when DJANGO_DEBUG is off" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = manage("shell", "-c", "from django.conf import settings; print(settings.DEBUG)")

    assert result.stdout.strip().splitlines()[-1] == "False"


class HTTPSClient(Client):
    """A test client whose every request arrives over HTTPS, as behind the TLS proxy."""

    def generic(self, *args, **kwargs):
        kwargs["secure"] = True
        return super().generic(*args, **kwargs)


@pytest.fixture
def https_client():
    return HTTPSClient()


def header_checked_urls():
    return ["/", "/palvelut/ryhmatyonohjaus/", "/ota-yhteytta/", "/hallinta/login/", "/ei-ole/"]


@pytest.mark.parametrize("url", header_checked_urls())
def test_security_headers_on_every_kind_of_response(https_client, url):
    response = https_client.get(url)

    hsts = response["Strict-Transport-Security"]
    assert int(hsts.split("max-age=")[1].split(";")[0]) >= 31536000
    assert "includeSubDomains" in hsts
    csp = response["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in csp.split(";") if part.strip()}
    assert directives["default-src"] == ["'none'"]
    for name in ("script-src", "style-src"):
        assert "'unsafe-inline'" not in directives[name]
        assert "data:" not in directives[name]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["form-action"] == ["'self'"]
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


@override_settings(ROOT_URLCONF="tests.support.urls_failing")
def test_security_headers_on_the_server_error_page():
    client = HTTPSClient(raise_request_exception=False)

    response = client.get("/kaatuu/")

    assert response.status_code == 500
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert "Strict-Transport-Security" in response


def test_security_headers_on_static_files(https_client):
    page = https_client.get("/palvelut/")
    response = https_client.get("/static/css/site.css")

    assert response.status_code == 200
    # WhiteNoise answers before the policies' middleware: the same policies, built once.
    assert response["Content-Security-Policy"] == page["Content-Security-Policy"]
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["Permissions-Policy"] == page["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Strict-Transport-Security"] == page["Strict-Transport-Security"]


@override_settings(SECURE_SSL_REDIRECT=True)
def test_plain_http_is_redirected_to_https_except_the_health_check(client):
    response = client.get("/palvelut/")

    assert response.status_code == 301
    assert response["Location"] == "https://testserver/palvelut/"
    assert client.get("/healthz").status_code == 200


def test_csrf_cookie_is_host_only_secure_http_only_and_lax(https_client):
    response = https_client.get("/ota-yhteytta/")

    cookie = response.cookies["__Host-csrftoken"]
    assert cookie["secure"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"
    assert not cookie["domain"]


def test_session_cookie_is_host_only_secure_http_only_and_lax(https_client):
    User.objects.create_superuser("paakayttaja", "p@example.com", "oikea-salasana-123")
    https_client.get("/hallinta/login/")

    response = https_client.post(
        "/hallinta/login/",
        {"username": "paakayttaja", "password": "oikea-salasana-123", "next": "/hallinta/"},
    )

    assert response.status_code == 302
    cookie = response.cookies["__Host-sessionid"]
    assert cookie["secure"]
    assert cookie["httponly"]
    assert cookie["samesite"] == "Lax"
    assert cookie["path"] == "/"


def test_admin_login_without_csrf_token_is_refused():
    client = HTTPSClient(enforce_csrf_checks=True)

    response = client.post("/hallinta/login/", {"username": "x", "password": "y"})

    assert response.status_code == 403
    assert "turvatarkistus" in response.content.decode()


def test_password_hashes_are_argon2id():
    from tyonohjaus import settings as production

    with override_settings(PASSWORD_HASHERS=production.PASSWORD_HASHERS):
        user = User.objects.create_user("uusi", password="pitka-salasana-123")

    assert user.password.startswith("argon2$argon2id$")


def test_short_passwords_are_refused_in_finnish():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        validate_password("lyhyt-sana")

    assert "vähintään 12 merkkiä" in str(error.value)
