"""
Two-factor login to the admin (django-otp): an authenticator app's code after the password,
one-time recovery codes, django-axes counting wrong codes, and ADMIN_REQUIRE_2FA.
"""

import re
from io import StringIO

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.support.admin_urls import admin_urls_for
from tests.support.factories import enquiry_handler, make_content_editor
from tests.support.two_factor import (
    ENROL,
    PASSWORD,
    code_for,
    log_in_with_password,
    open_invitation,
    shown_secret,
)

pytestmark = pytest.mark.django_db

VERIFY = "/hallinta/kaksivaiheinen/vahvista/"


def current_code(device, offset=0):
    """The six digits the staff member's authenticator app shows now (``offset`` steps on)."""
    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits, drift=offset)
    return f"{code:06d}"


def enrol(client, user):
    """Go through enrolment as a person would; return the device and the recovery codes."""
    open_invitation(client, user)
    page = client.get(ENROL)
    assert page.status_code == 200
    response = client.post(ENROL, {"code": code_for(shown_secret(page.text)), "next": "/hallinta/"})
    assert response.status_code == 200
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    return TOTPDevice.objects.get(user=user, confirmed=True), codes


def wait_out_throttling(user):
    """As if the seconds django-otp waits after a wrong code (1, 2, 4, … s) had passed."""
    TOTPDevice.objects.filter(user=user).update(throttling_failure_timestamp=None)
    StaticDevice.objects.filter(user=user).update(throttling_failure_timestamp=None)


@pytest.fixture
def superuser():
    return User.objects.create_superuser("paakayttaja", "p@example.com", PASSWORD)


def test_a_superuser_without_a_device_is_sent_to_enrolment(superuser):
    client = log_in_with_password("paakayttaja")

    response = client.get("/hallinta/")

    assert response.status_code == 302
    assert response["Location"].startswith(ENROL)
    open_invitation(client, superuser)
    page = client.get(ENROL)
    html = page.content.decode()
    assert "Ota käyttöön kaksivaiheinen kirjautuminen" in html
    assert "<svg" in html  # the QR code, drawn on the server
    assert "Lue" in html or "lukemalla" in html


def test_enrolment_turns_on_two_factor_login_and_shows_recovery_codes_once(superuser):
    client = log_in_with_password("paakayttaja")

    device, codes = enrol(client, superuser)

    assert device.confirmed
    assert len(codes) == 10
    assert StaticToken.objects.filter(device__user=superuser).count() == 10
    assert client.get("/hallinta/").status_code == 200
    # The codes are never shown again, only how many are left.
    page = client.get("/hallinta/kaksivaiheinen/varakoodit/").content.decode()
    assert codes[0] not in page
    assert "10 käyttämätöntä varakoodia" in page


def test_a_wrong_code_at_enrolment_is_refused(superuser):
    client = log_in_with_password("paakayttaja")
    open_invitation(client, superuser)
    client.get(ENROL)

    response = client.post(ENROL, {"code": "000000"})

    assert response.status_code == 400
    assert "Koodi ei ole oikein" in response.content.decode()
    assert not TOTPDevice.objects.filter(user=superuser, confirmed=True).exists()


def test_the_next_login_asks_for_the_code_and_accepts_the_apps_current_one(superuser):
    device, _codes = enrol(log_in_with_password("paakayttaja"), superuser)
    client = log_in_with_password("paakayttaja")

    response = client.get("/hallinta/contact/enquiry/")
    assert response.status_code == 302
    assert response["Location"] == f"{VERIFY}?next=/hallinta/contact/enquiry/"
    response = client.post(
        VERIFY, {"code": current_code(device, offset=1), "next": "/hallinta/contact/enquiry/"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/hallinta/contact/enquiry/"
    assert client.get("/hallinta/contact/enquiry/").status_code == 200


def test_a_wrong_code_is_refused_and_counted_by_axes(superuser):
    enrol(log_in_with_password("paakayttaja"), superuser)
    client = log_in_with_password("paakayttaja")

    response = client.post(VERIFY, {"code": "123456"})

    assert response.status_code == 400
    assert "Koodi ei ole oikein" in response.content.decode()
    assert client.get("/hallinta/").status_code == 302
    attempt = AccessAttempt.objects.get(username="paakayttaja (2FA)")
    assert attempt.failures_since_start == 1


def test_five_wrong_codes_lock_out_and_a_new_password_login_does_not_reset_them(superuser):
    device, _codes = enrol(log_in_with_password("paakayttaja"), superuser)
    client = log_in_with_password("paakayttaja")
    for attempt in range(4):
        assert client.post(VERIFY, {"code": f"00000{attempt}"}).status_code == 400
        wait_out_throttling(superuser)
    # Logging in again with the right password gives no fresh guesses at the code.
    client = log_in_with_password("paakayttaja")

    locked = client.post(VERIFY, {"code": "000009"})

    assert locked.status_code == 429
    assert "Liian monta epäonnistunutta kirjautumista" in locked.content.decode()
    # Locked out: logged out, and not even the right code opens the admin from here now.
    assert client.get("/hallinta/").status_code == 302
    wait_out_throttling(superuser)
    client = log_in_with_password("paakayttaja")
    assert client.post(VERIFY, {"code": current_code(device, offset=1)}).status_code == 429
    assert client.get("/hallinta/")["Location"].startswith("/hallinta/login/")


def test_a_recovery_code_works_once(superuser):
    _device, codes = enrol(log_in_with_password("paakayttaja"), superuser)

    first = log_in_with_password("paakayttaja")
    response = first.post(VERIFY, {"code": codes[0]})
    assert response.status_code == 302
    assert first.get("/hallinta/").status_code == 200

    second = log_in_with_password("paakayttaja")
    again = second.post(VERIFY, {"code": codes[0]})
    assert again.status_code == 400
    assert second.get("/hallinta/").status_code == 302
    assert StaticToken.objects.filter(device__user=superuser).count() == 9


RECOVERY_CODES = "/hallinta/kaksivaiheinen/varakoodit/"


def shown_codes(response):
    return re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())


def test_new_recovery_codes_are_asked_for_before_the_old_ones_stop(superuser):
    client = log_in_with_password("paakayttaja")
    _device, old_codes = enrol(client, superuser)

    question = client.post(RECOVERY_CODES)

    page = question.content.decode()
    assert question.status_code == 200
    assert "Luodaanko uudet varakoodit?" in page
    assert "10 käyttämätöntä varakoodiasi lakkaavat toimimasta" in page
    assert shown_codes(question) == []
    assert StaticToken.objects.filter(token__in=old_codes).count() == 10


def test_new_recovery_codes_replace_the_old_ones_once_confirmed(superuser):
    client = log_in_with_password("paakayttaja")
    _device, old_codes = enrol(client, superuser)

    response = client.post(RECOVERY_CODES, {"vahvista": "1"})

    new_codes = shown_codes(response)
    assert len(new_codes) == 10
    assert not StaticToken.objects.filter(token__in=old_codes).exists()
    assert StaticToken.objects.filter(token__in=new_codes).count() == 10
    page = response.content.decode()
    assert "Tulosta koodit" in page
    # The printed sheet says whose codes they are and when they were made.
    assert "paakayttaja ·" in page


def test_without_two_factor_login_no_recovery_codes_are_made(superuser):
    client = log_in_with_password("paakayttaja")

    response = client.post(RECOVERY_CODES, {"vahvista": "1"})

    assert shown_codes(response) == []
    assert not StaticDevice.objects.filter(user=superuser).exists()


def test_the_verify_page_never_redirects_elsewhere(superuser):
    device, _codes = enrol(log_in_with_password("paakayttaja"), superuser)
    client = log_in_with_password("paakayttaja")

    response = client.post(
        VERIFY, {"code": current_code(device, offset=1), "next": "https://evil.example/"}
    )

    assert response["Location"] == "/hallinta/"


def test_without_the_setting_staff_log_in_with_a_password_alone(settings):
    settings.ADMIN_REQUIRE_2FA = False
    make_content_editor(password=PASSWORD)
    client = log_in_with_password("toimittaja")

    assert client.get("/hallinta/").status_code == 200
    assert client.get("/hallinta/services/page/").status_code == 200


def test_a_staff_member_who_enrolled_needs_the_code_even_without_the_setting(settings):
    settings.ADMIN_REQUIRE_2FA = False
    editor = make_content_editor(password=PASSWORD)
    enrol(log_in_with_password("toimittaja"), editor)

    client = log_in_with_password("toimittaja")

    assert client.get("/hallinta/")["Location"].startswith(VERIFY)


@pytest.mark.parametrize("make_user", [make_content_editor, enquiry_handler])
def test_with_the_setting_no_staff_page_opens_without_a_verified_device(make_user, settings):
    settings.ADMIN_REQUIRE_2FA = True
    user = make_user()
    client = Client()
    client.force_login(user)
    urls = admin_urls_for(user)
    assert len(urls) > 5

    for url in urls:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(ENROL + "?next="), url
    # A POST (e.g. saving or the previews) is sent to enrolment too, and changes nothing.
    response = client.post("/hallinta/services/page/markdown-esikatselu/", {"text": "x"})
    assert response.status_code == 302


@pytest.mark.parametrize("make_user", [make_content_editor, enquiry_handler])
def test_with_the_setting_every_staff_page_opens_once_verified(make_user, settings):
    settings.ADMIN_REQUIRE_2FA = True
    user = make_user()
    user.set_password(PASSWORD)
    user.save()
    client = log_in_with_password(user.username)
    enrol(client, user)

    for url in admin_urls_for(user):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert not any("kaksivaiheinen" in hop for hop, _status in response.redirect_chain), url


def test_the_setting_is_on_in_production_and_off_in_development():
    import subprocess
    import sys

    def setting(debug):
        code = (
            "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='tyonohjaus.settings';"
            "from django.conf import settings; print(settings.ADMIN_REQUIRE_2FA)"
        )
        env = {
            "PATH": "/usr/bin:/bin",
            "DJANGO_DEBUG": debug,
            "DJANGO_SECRET_KEY": "x" * 50,
            "DJANGO_ALLOWED_HOSTS": "example.com",
            "CONTACT_RECIPIENTS": "a@example.com",
            "SITE_URL": "https://example.com",
        }
        result = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        return result.stdout.strip()

    assert setting("0") == "True"
    assert setting("1") == "False"


def test_a_lost_device_is_reset_from_the_command_line(superuser):
    _device, _codes = enrol(log_in_with_password("paakayttaja"), superuser)
    out = StringIO()

    call_command("reset_two_factor", "paakayttaja", stdout=out)

    assert "Removed 2 two-factor device(s) of paakayttaja" in out.getvalue()
    assert not TOTPDevice.objects.filter(user=superuser).exists()
    assert not StaticToken.objects.filter(device__user=superuser).exists()
    client = log_in_with_password("paakayttaja")
    assert client.get("/hallinta/")["Location"].startswith(ENROL)
    # The command prints a new one-time link to set it up again.
    link = re.search(
        r"http://127\.0\.0\.1:8000(/hallinta/kaksivaiheinen/kutsu/[\w-]+/)", out.getvalue()
    )
    assert client.get(link[1])["Location"] == ENROL
    assert "two-factor__secret" in client.get(ENROL).text


def test_resetting_an_unknown_user_fails_clearly():
    with pytest.raises(CommandError, match="No user named 'ei-ole'"):
        call_command("reset_two_factor", "ei-ole")


def test_a_code_typed_while_django_otp_throttles_is_not_counted_as_wrong(superuser):
    device, _codes = enrol(log_in_with_password("paakayttaja"), superuser)
    client = log_in_with_password("paakayttaja")
    assert client.post(VERIFY, {"code": "000001"}).status_code == 400

    response = client.post(VERIFY, {"code": current_code(device, offset=1)})

    assert response.status_code == 400
    assert "odota muutama sekunti" in response.content.decode()
    assert AccessAttempt.objects.get(username="paakayttaja (2FA)").failures_since_start == 1
    wait_out_throttling(superuser)
    assert client.post(VERIFY, {"code": current_code(device, offset=1)}).status_code == 302


def test_a_staff_member_can_log_out_from_the_code_form(superuser):
    enrol(log_in_with_password("paakayttaja"), superuser)
    client = log_in_with_password("paakayttaja")
    html = client.get(VERIFY).content.decode()
    assert '<form method="post" action="/hallinta/logout/"' in html

    client.post("/hallinta/logout/")

    assert client.get("/hallinta/")["Location"].startswith("/hallinta/login/")
