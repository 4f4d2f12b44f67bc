"""The details a client gives of themself, cleaned the same way on every form that asks them."""

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()\-]{4,24}$")
# Unicode categories never wanted in typed text: controls, format characters, surrogates,
# private use and unassigned code points.
FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
# The only control characters a text of several lines (a message, a note) may hold.
MESSAGE_WHITESPACE = {"\n", "\t"}


def has_forbidden_characters(value, allowed=frozenset()):
    return any(
        unicodedata.category(char) in FORBIDDEN_CATEGORIES and char not in allowed for char in value
    )


def validate_email_characters(value):
    """
    Refuse an email address holding control or other invisible characters.

    Django's EmailValidator lets them through in a quoted local part (``"a\\x01b"@example.com``),
    and from there they would reach mail headers, the envelope and calendar invites. Every
    email field a visitor fills uses this validator.
    """
    if has_forbidden_characters(value):
        # A code of its own: a field's message for "invalid" would replace this one.
        raise ValidationError(
            _("Remove the invisible control characters from the email address."),
            code="control_characters",
        )


def single_line(value):
    """Collapse all whitespace, line breaks included, to single spaces."""
    return " ".join(value.split())


def multiline_text(value, forbidden_message):
    """
    A text of several lines with its line breaks made ``\\n`` and its ends stripped.

    Raise a ValidationError with ``forbidden_message`` when it holds control characters other
    than line breaks and tabs.
    """
    text = value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if has_forbidden_characters(text, allowed=MESSAGE_WHITESPACE):
        raise forms.ValidationError(forbidden_message, code="invalid")
    return text


def _visitor_messages(field):
    """The site's own messages for the errors Django words with "sinä" ("Syötä …")."""
    messages = {
        "invalid_choice": _("Please choose one of the options given."),
        "max_length": _(
            "The text is too long: at most %(limit_value)d characters (now %(show_value)d)."
        ),
        "min_length": _(
            "The text is too short: at least %(limit_value)d characters (now %(show_value)d)."
        ),
    }
    if isinstance(field, forms.EmailField):
        messages["invalid"] = _("Please check the email address.")
    elif isinstance(field, forms.IntegerField):
        messages["invalid"] = _("Please write the number in digits.")
    elif isinstance(field, forms.DateField):
        messages["invalid"] = _("Please write the date as 31.12.2026.")
    return messages


def _django_default(field, code):
    for cls in type(field).__mro__:
        if code in getattr(cls, "default_error_messages", {}):
            return cls.default_error_messages[code]
    return None


class VisitorMessagesForm(forms.Form):
    """
    A form a visitor fills in: its errors address the visitor with "te", as the site does.

    Django's own Finnish messages say "sinä" ("Syötä kelvollinen sähköpostiosoite."), which
    the admin keeps; on the public forms each is replaced unless the field sets its own.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            for code, message in _visitor_messages(field).items():
                current = field.error_messages.get(code)
                if current is None or current is _django_default(field, code):
                    field.error_messages[code] = message


class ClientDetailsForm(VisitorMessagesForm):
    """Cleans the details a client gives of themself, on every form that asks for them."""

    def clean_name(self):
        name = single_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Please enter your name."), code="required")
        if has_forbidden_characters(name):
            raise forms.ValidationError(
                _("Remove the invisible control characters from your name."), code="invalid"
            )
        return name

    def clean_email(self):
        email = self.cleaned_data["email"]
        validate_email_characters(email)
        return email

    def clean_organisation(self):
        organisation = single_line(self.cleaned_data["organisation"])
        if has_forbidden_characters(organisation):
            raise forms.ValidationError(
                _("Remove the invisible control characters from the organisation."),
                code="invalid",
            )
        return organisation

    def clean_phone(self):
        phone = single_line(self.cleaned_data["phone"])
        if phone and not PHONE_PATTERN.match(phone):
            raise forms.ValidationError(
                _("Enter the phone number with digits, e.g. 040 123 4567 or +358 40 123 4567."),
                code="invalid",
            )
        return phone
