"""
Setting up two-factor login needs a superuser's one-time link, and each visit to the set-up
page shows a new secret of its own: a password alone cannot enrol someone's phone first, and
no visitor sees another's pending secret.
"""

import re
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.admin import helpers
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone
from django_otp.plugins.otp_totp.models import TOTPDevice

from core.models import TwoFactorInvitation
from tests.support.factories import log_in_verified, make_content_editor
from tests.support.two_factor import (
    ENROL,
    PASSWORD,
    code_for,
    log_in_with_password,
    shown_secret,
)

pytestmark = pytest.mark.django_db

LINK = re.compile(r"(/hallinta/kaksivaiheinen/kutsu/[\w-]+/)")


@pytest.fixture
def editor(settings):
    settings.ADMIN_REQUIRE_2FA = True
    return make_content_editor(password=PASSWORD)


@pytest.fixture
def superuser_client():
    client = Client()
    log_in_verified(client, User.objects.create_superuser("paa", "p@example.com", PASSWORD))
    return client


def invite_from_the_admin(superuser_client, user):
    response = superuser_client.post(
        "/hallinta/auth/user/",
        {"action": "invite_to_two_factor", helpers.ACTION_CHECKBOX_NAME: [user.pk]},
        follow=True,
    )
    assert response.status_code == 200
    return response


def test_with_a_password_alone_no_secret_is_shown_and_nothing_can_be_enrolled(editor):
    client = log_in_with_password("toimittaja")

    page = client.get(ENROL)
    sent = client.post(ENROL, {"code": "123456"})

    assert page.status_code == 403
    assert "kertakäyttöisen linkin" in page.text
    assert "segno" not in page.text  # no QR code
    assert "two-factor__secret" not in page.text
    assert sent.status_code == 403
    assert not TOTPDevice.objects.exists()


def test_a_superuser_makes_a_link_with_which_the_staff_member_enrols(editor, superuser_client):
    response = invite_from_the_admin(superuser_client, editor)
    link = LINK.search(response.text)[1]
    client = log_in_with_password("toimittaja")

    assert client.get(link)["Location"] == ENROL
    page = client.get(ENROL)
    enrolled = client.post(ENROL, {"code": code_for(shown_secret(page.text))})

    assert enrolled.status_code == 200
    assert TOTPDevice.objects.get(user=editor).confirmed
    assert client.get("/hallinta/").status_code == 200
    assert not TwoFactorInvitation.objects.filter(user=editor).exists()


def test_only_superusers_make_links(editor):
    staff = Client()
    log_in_verified(staff, make_content_editor("toinen"))

    response = staff.post(
        "/hallinta/auth/user/",
        {"action": "invite_to_two_factor", helpers.ACTION_CHECKBOX_NAME: [editor.pk]},
    )

    assert response.status_code == 403
    assert not TwoFactorInvitation.objects.exists()


def test_each_visit_to_the_set_up_page_shows_a_new_secret(editor):
    client = log_in_with_password("toimittaja")
    token = TwoFactorInvitation.objects.issue(editor)
    client.get(f"/hallinta/kaksivaiheinen/kutsu/{token}/")

    first = shown_secret(client.get(ENROL).text)
    second = shown_secret(client.get(ENROL).text)

    assert first != second
    assert not TOTPDevice.objects.exists()  # nothing stored until a code confirms it
    # Only the secret of the latest visit is accepted.
    assert client.post(ENROL, {"code": code_for(first)}).status_code == 400
    assert client.post(ENROL, {"code": code_for(second)}).status_code == 200


def test_a_link_works_once_in_one_session(editor):
    token = TwoFactorInvitation.objects.issue(editor)
    first = log_in_with_password("toimittaja")
    second = log_in_with_password("toimittaja")

    assert first.get(f"/hallinta/kaksivaiheinen/kutsu/{token}/").status_code == 302
    again = second.get(f"/hallinta/kaksivaiheinen/kutsu/{token}/")

    assert again.status_code == 410
    assert second.get(ENROL).status_code == 403
    assert "two-factor__secret" in first.get(ENROL).text


def test_someone_elses_or_an_expired_link_opens_nothing(editor):
    other = make_content_editor("toinen", password=PASSWORD)
    others_token = TwoFactorInvitation.objects.issue(other)
    expired_token = TwoFactorInvitation.objects.issue(
        editor, now=timezone.now() - TwoFactorInvitation.LIFETIME - timedelta(minutes=1)
    )
    client = log_in_with_password("toimittaja")

    assert client.get(f"/hallinta/kaksivaiheinen/kutsu/{others_token}/").status_code == 404
    assert client.get(f"/hallinta/kaksivaiheinen/kutsu/{expired_token}/").status_code == 410
    assert client.get(ENROL).status_code == 403
    # The other person's link was not used up by the attempt.
    other_client = log_in_with_password("toinen")
    assert other_client.get(f"/hallinta/kaksivaiheinen/kutsu/{others_token}/").status_code == 302


def test_a_new_link_replaces_the_old_one(editor):
    old = TwoFactorInvitation.objects.issue(editor)
    TwoFactorInvitation.objects.issue(editor)
    client = log_in_with_password("toimittaja")

    assert client.get(f"/hallinta/kaksivaiheinen/kutsu/{old}/").status_code == 404


def test_the_link_asks_for_the_password_first(editor):
    token = TwoFactorInvitation.objects.issue(editor)

    response = Client().get(f"/hallinta/kaksivaiheinen/kutsu/{token}/")

    assert response.status_code == 302
    assert response["Location"].startswith("/hallinta/login/")
    assert TwoFactorInvitation.objects.get().opened_at is None  # a mail scanner uses up nothing


def test_the_first_superuser_enrols_with_a_link_from_the_command_line():
    call_command("createsuperuser", "--noinput", username="ensimmainen", email="e@example.com")
    user = User.objects.get(username="ensimmainen")
    user.set_password(PASSWORD)
    user.save()
    out = StringIO()

    call_command("invite_two_factor", "ensimmainen", stdout=out)

    client = log_in_with_password("ensimmainen")
    assert client.get(LINK.search(out.getvalue())[1])["Location"] == ENROL
    page = client.get(ENROL)
    assert client.post(ENROL, {"code": code_for(shown_secret(page.text))}).status_code == 200
    assert client.get("/hallinta/").status_code == 200


def test_the_command_refuses_unknown_and_enrolled_users(editor):
    log_in_verified(Client(), editor)

    with pytest.raises(CommandError, match="No user named 'ei-ole'"):
        call_command("invite_two_factor", "ei-ole")
    with pytest.raises(CommandError, match="already uses two-factor login"):
        call_command("invite_two_factor", "toimittaja")
