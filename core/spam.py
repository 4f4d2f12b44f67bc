"""
Spam protection without a CAPTCHA or a third-party service, for any form a visitor sends.

- A honeypot field that people never see (hidden by the stylesheet, skipped by the keyboard).
- A signed form token issued with the form: a submission faster than a person can type, or
  older than a day, is refused. The token also names this one showing of the form, so that
  sending it twice (a double click, a repeated POST) stores one submission.
- A rate limit per client address, counted before deciding (core.ratelimit); the
  address itself is never kept, only a keyed hash of it, and only for the current period.

``SpamTrapForm`` gives a form all three; the functions below are its parts.
"""

import secrets
import time
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.core import signing
from django.utils.translation import gettext_lazy as _

from . import ratelimit
from .clients import client_address

# What the visitor reads when a trap caught the form, by the reason (see check_form_token).
SPAM_ERRORS = {
    "honeypot": _("The message could not be sent. Please check the form and try again."),
    "invalid": _("The form could not be verified. Please send it again."),
    "too_fast": _(
        "The form was sent faster than a person can fill it in. Please wait a moment and "
        "send it again."
    ),
    "expired": _(
        "The form had been open for over a day, so it has expired. Your text is kept below: "
        "please check it and send it again."
    ),
}


@dataclass(frozen=True)
class FormToken:
    """What a valid token says: when the form was shown, and that showing's own key."""

    issued_at: float
    submission_key: str


def issue_form_token(issued_at=None, *, salt):
    """
    Return a signed token recording when the form was shown, with a fresh submission key.

    Each form has its own ``salt``, so a token issued with one form is refused by every other.
    """
    issued_at = time.time() if issued_at is None else issued_at
    return signing.dumps([issued_at, secrets.token_hex(16)], salt=salt)


def read_form_token(token, *, salt):
    """Return the token's FormToken, or raise signing.BadSignature when it is not one of ours."""
    value = signing.loads(token or "", salt=salt)
    match value:
        case [int() | float() as issued_at, str() as submission_key] if len(submission_key) == 32:
            return FormToken(float(issued_at), submission_key)
    raise signing.BadSignature("not a form token")


def check_form_token(token, *, salt):
    """Return None when the token is acceptable, else the reason: invalid, too_fast or expired."""
    try:
        issued_at = read_form_token(token, salt=salt).issued_at
    except signing.BadSignature:
        return "invalid"
    age = time.time() - issued_at
    if age > settings.CONTACT_MAX_FORM_AGE:
        return "expired"
    if age < settings.CONTACT_MIN_SECONDS:
        return "too_fast"
    return None


def count_submission(request, scope, limit, period):
    """Count one submission from this client address; return False once it is over the limit."""
    key = ratelimit.keyed_hash(scope, client_address(request) or "unknown")
    return ratelimit.hit(key, limit, period)


class SpamTrapForm(forms.Form):
    """
    A form with the honeypot (``website``) and the signed form token (``started``).

    A subclass names its own ``token_salt`` and ``rate_scope``, and the settings of its rate
    limit; it may reword ``spam_errors``. Its ``clean()`` calls ``check_spam_traps()`` where it
    fits: a trap's error is added only when the form has no other error by then.
    """

    token_salt = None
    rate_scope = None
    # The names of the settings holding the limit and its period (in seconds).
    rate_limit_settings = ("CONTACT_RATE_LIMIT", "CONTACT_RATE_LIMIT_PERIOD")
    spam_errors = SPAM_ERRORS

    # The honeypot: hidden from people by the stylesheet; bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Why a trap caught the form, once it is cleaned (see check_form_token), else None.
        self.rejection = None
        if not self.is_bound:
            self.fields["started"].initial = self.issue_token()

    @classmethod
    def issue_token(cls, issued_at=None):
        """A fresh token of this form (a new showing of it)."""
        return issue_form_token(issued_at, salt=cls.token_salt)

    def check_spam_traps(self, cleaned_data):
        """Note whether a trap caught the form; if one did, the form gets an error."""
        if cleaned_data.get("website"):
            self.rejection = "honeypot"
        else:
            self.rejection = check_form_token(cleaned_data.get("started"), salt=self.token_salt)
        if self.rejection:
            # A person who also has fields to fix is told about those first.
            if not self.errors:
                self.add_error(
                    None, forms.ValidationError(self.spam_errors[self.rejection], code="spam")
                )
            if self.rejection != "honeypot":
                # A person who left the form open, or was quick: a fresh token lets them
                # send it again.
                self.data = self.data.copy()
                self.data["started"] = self.issue_token()

    @property
    def is_spam(self):
        """True when a trap caught the submission: it is neither stored nor emailed."""
        return self.rejection in ("honeypot", "too_fast")

    @property
    def submission_key(self):
        """The key of the form showing this submission came from (valid forms only)."""
        return read_form_token(self.cleaned_data["started"], salt=self.token_salt).submission_key

    def count_submission(self, request):
        """Count this submission against the form's rate limit; False once it is over."""
        limit, period = (getattr(settings, name) for name in self.rate_limit_settings)
        return count_submission(request, self.rate_scope, limit, period)
