"""Two-factor login as a staff member goes through it: password, one-time link, the app's code."""

import re
from base64 import b32decode

from django.test import Client
from django_otp.oath import totp

from core.models import TwoFactorInvitation

PASSWORD = "oikea-salasana-123"
ENROL = "/hallinta/kaksivaiheinen/"


def log_in_with_password(username, password=PASSWORD):
    client = Client(REMOTE_ADDR="198.51.100.7")
    response = client.post(
        "/hallinta/login/?next=/hallinta/",
        {"username": username, "password": password, "next": "/hallinta/"},
    )
    assert response.status_code == 302
    return client


def open_invitation(client, user):
    """Open a superuser's one-time set-up link for ``user``, as they would after logging in."""
    token = TwoFactorInvitation.objects.issue(user)
    response = client.get(f"/hallinta/kaksivaiheinen/kutsu/{token}/")
    assert (response.status_code, response["Location"]) == (302, ENROL)


def shown_secret(html):
    """The key the enrolment page tells the staff member to type into the app."""
    spaced = re.search(r'<code class="two-factor__secret">([A-Z2-7 ]+)</code>', html)[1]
    return b32decode(spaced.replace(" ", ""))


def code_for(secret, offset=0):
    return f"{totp(secret, step=30, t0=0, digits=6, drift=offset):06d}"
