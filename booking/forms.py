from datetime import UTC, datetime

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Layout
from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from community_map.attach import MapAttachmentForm
from core import languages
from core.client_forms import ClientDetailsForm, multiline_text
from core.spam import SPAM_ERRORS, SpamTrapForm

from .models import Booking, Mode
from .slots import within_reach

TOKEN_SALT = "booking.form-started"
# A time in a link or a form: its UTC instant, minute precision (``20261203T1200Z``).
TIME_FORMAT = "%Y%m%dT%H%MZ"

BOOKING_SPAM_ERRORS = {
    **SPAM_ERRORS,
    "honeypot": _("The booking could not be made. Please check the form and try again."),
    "expired": _(
        "The form had been open for over a day, so it has expired. Your details are kept "
        "below: please check them and send the form again."
    ),
}


def format_time(moment):
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


def parse_time(value):
    """The aware UTC datetime of a ``TIME_FORMAT`` string, or None when it is not one."""
    try:
        return datetime.strptime(value or "", TIME_FORMAT).replace(tzinfo=UTC)
    except ValueError:
        return None


def privacy_notice():
    # The legal basis named here is the one the privacy statement's booking section names.
    return format_html(
        '<p class="form-privacy">{}</p>',
        format_html(
            _(
                "We use your details only to arrange this conversation with you, as steps "
                "taken at your request before an agreement. Read more in the "
                '<a href="{}">privacy statement</a>.'
            ),
            languages.current_address("/tietosuoja/"),
        ),
    )


class BookingForm(ClientDetailsForm, SpamTrapForm, MapAttachmentForm, forms.ModelForm):
    """The client's details for a free first conversation, with the spam traps (core.spam)."""

    token_salt = TOKEN_SALT
    rate_scope = "booking"
    rate_limit_settings = ("BOOKING_RATE_LIMIT", "BOOKING_RATE_LIMIT_PERIOD")
    spam_errors = BOOKING_SPAM_ERRORS

    # The chosen time (TIME_FORMAT); a choice among alternatives when the first was taken.
    aika = forms.CharField(required=True)
    # Who the client is and what they look for: with no preference, the time goes to the
    # supervisor best suited to these (supervisors.matching).
    ala = forms.ChoiceField(
        label=_("Your sector"),
        required=False,
        help_text=_("We suggest a supervisor who knows your sector."),
    )
    muoto = forms.ChoiceField(label=_("Form of supervision"), required=False)

    class Meta:
        model = Booking
        fields = ["name", "email", "phone", "organisation", "note"]
        labels = {
            "name": _("Name"),
            "email": _("Email"),
            "phone": _("Phone"),
            "organisation": _("Organisation"),
            "note": _("A short note"),
        }
        help_texts = {
            "phone": _("Optional. Needed if the conversation is by phone."),
            "organisation": _(
                "Your workplace or organisation. Booking for yourself? Write: private person."
            ),
            "note": _("Optional: what would you like to talk about? Please no health details."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "note": forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        }

    def __init__(self, *args, calendars=(), mode=None, sectors=(), topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ala"].choices = [("", _("Not chosen")), *sectors]
        self.fields["muoto"].choices = [("", _("Not sure yet")), *topics]
        # The calendars the time is booked from: it must be one they could offer.
        self.calendars = calendars
        # The channel of the supervisor the time goes to: by phone, they call this number.
        if mode == Mode.PHONE:
            phone = self.fields["phone"]
            phone.required = True
            phone.help_text = _("The supervisor calls you at this number.")
            phone.error_messages["required"] = _(
                "Please give a phone number: the conversation is by phone, and the supervisor "
                "calls you."
            )
        elif mode is not None:
            self.fields["phone"].help_text = _("Optional.")
        self.fields["organisation"].required = True
        self.fields["aika"].error_messages["required"] = _("Please choose a time.")
        self.helper = FormHelper()
        self.helper.form_tag = False
        # The page's own <form> has the CSRF token: crispy would add a second one.
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "ala",
            "muoto",
            *self.Meta.fields,
            HTML(privacy_notice()),
            Div("website", css_class="contact-extra"),
            "started",
            "kartta",
            "tiimikartta",
        )

    def clean_organisation(self):
        organisation = super().clean_organisation()
        if not organisation:
            raise forms.ValidationError(
                _("Please tell us your organisation or workplace."), code="required"
            )
        return organisation

    def clean_note(self):
        return multiline_text(
            self.cleaned_data["note"], _("Remove the invisible control characters from the note.")
        )

    def clean_aika(self):
        start = parse_time(self.cleaned_data["aika"])
        if start is None:
            raise forms.ValidationError(_("Please choose a time."), code="invalid")
        if not within_reach(self.calendars, start):
            raise forms.ValidationError(
                _("This time is not offered. Please choose a time from the list."),
                code="not_offered",
            )
        return start

    def clean(self):
        cleaned_data = super().clean()
        self.check_spam_traps(cleaned_data)
        return cleaned_data

    def details(self):
        details = {field: self.cleaned_data[field] for field in self.Meta.fields}
        return {**details, "map_summary": self.map_summary}
