"""The registration form: the participants (one or several from one organisation), and what
they share: the organisation and, for an event with a fee, who pays and how."""

import re

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Layout
from django import forms
from django.conf import settings
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from core import languages
from core.client_forms import (
    ClientDetailsForm,
    VisitorMessagesForm,
    single_line,
    validate_email_characters,
)
from core.spam import SPAM_ERRORS, SpamTrapForm

from .models import Registration

TOKEN_SALT = "events.registration-started"
# An e-invoice address (OVT code or IBAN) and an operator code: letters and digits.
E_INVOICE_PATTERN = re.compile(r"^[A-Z0-9]{9,35}$")
OPERATOR_PATTERN = re.compile(r"^[A-Z0-9]{4,35}$")

REGISTRATION_SPAM_ERRORS = {
    **SPAM_ERRORS,
    "honeypot": _("The registration could not be sent. Please check the form and try again."),
    "expired": _(
        "The form had been open for over a day, so it has expired. Your details are kept "
        "below: please check them and send the form again."
    ),
}


def privacy_notice(paid=True):
    # The legal basis named here is the one the privacy statement's events section names.
    if paid:
        text = _(
            "We use the details only to arrange the event and to invoice it, as steps "
            "taken at your request before an agreement, and delete them a year after the "
            'event. Read more in the <a href="{}">privacy statement</a>.'
        )
    else:
        text = _(
            "We use the details only to arrange the event, as steps taken at your request "
            "before an agreement, and delete them a year after the event. Read more in the "
            '<a href="{}">privacy statement</a>.'
        )
    return format_html(
        '<p class="form-privacy">{}</p>',
        format_html(text, languages.current_address("/tietosuoja/")),
    )


class ParticipantForm(ClientDetailsForm):
    """One participant: each gets their own confirmation and their own link to cancel."""

    name = forms.CharField(
        label=_("Name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    job_title = forms.CharField(label=_("Title (optional)"), max_length=200, required=False)
    dietary_needs = forms.CharField(
        label=_("Dietary needs (optional)"),
        max_length=300,
        required=False,
        help_text=_("E.g. vegetarian, gluten-free. Please no other health details."),
    )

    def __init__(self, *args, meals=False, **kwargs):
        super().__init__(*args, **kwargs)
        if not meals:
            del self.fields["dietary_needs"]
        self.helper = FormHelper()
        self.helper.form_tag = False
        self.helper.disable_csrf = True

    def clean_job_title(self):
        return single_line(self.cleaned_data["job_title"])

    def clean_dietary_needs(self):
        return single_line(self.cleaned_data["dietary_needs"])

    def person(self):
        data = self.cleaned_data
        return {
            "name": data["name"],
            "email": data["email"].strip(),
            "job_title": data.get("job_title", ""),
            "dietary_needs": data.get("dietary_needs", ""),
        }


class BaseParticipants(forms.BaseFormSet):
    def get_form_kwargs(self, index):
        # Rows written before "add a participant" are as optional as new ones: any but the
        # first may be left blank.
        return {**super().get_form_kwargs(index), "empty_permitted": index > 0}

    def clean(self):
        if any(self.errors):
            return
        seen = set()
        for form in self.forms:
            email = form.cleaned_data.get("email", "").lower()
            if email in seen:
                form.add_error("email", _("Each participant needs their own email address."))
            seen.add(email)

    def people(self):
        """Each filled-in participant's details (a row left blank is no one)."""
        return [form.person() for form in self.forms if form.cleaned_data]


PARTICIPANT_FIELDS = ("name", "email", "job_title", "dietary_needs")


def participant_formset(data=None, *, meals, initial=None):
    """The participants' forms (at most EVENT_GROUP_LIMIT): one blank, or ``initial``'s rows."""
    formset = forms.formset_factory(
        ParticipantForm,
        formset=BaseParticipants,
        extra=0,
        min_num=1,
        max_num=settings.EVENT_GROUP_LIMIT,
        validate_min=True,
        validate_max=True,
    )
    initial = initial[: settings.EVENT_GROUP_LIMIT] if initial else None
    return formset(data, initial=initial, prefix="osallistuja", form_kwargs={"meals": meals})


class RegistrationForm(VisitorMessagesForm, SpamTrapForm):
    """What the participants share, with the spam traps (core.spam)."""

    token_salt = TOKEN_SALT
    rate_scope = "events"
    rate_limit_settings = ("EVENT_RATE_LIMIT", "EVENT_RATE_LIMIT_PERIOD")
    spam_errors = REGISTRATION_SPAM_ERRORS

    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    invoicing = forms.ChoiceField(
        label=_("Who pays"),
        choices=Registration.Invoicing.choices,
        widget=forms.RadioSelect,
        required=False,
    )
    e_invoice_address = forms.CharField(
        label=_("E-invoice address"),
        max_length=35,
        required=False,
        help_text=_("E.g. 003712345678 (OVT code)."),
    )
    e_invoice_operator = forms.CharField(
        label=_("E-invoice operator code"), max_length=35, required=False
    )
    invoice_email = forms.EmailField(
        label=_("Or an email address for invoices"),
        max_length=254,
        required=False,
        validators=[validate_email_characters],
        help_text=_("If your organisation takes invoices by email rather than as e-invoices."),
    )
    buyer_reference = forms.CharField(
        label=_("Your reference (optional)"),
        max_length=100,
        required=False,
        help_text=_("Shown on the invoice, e.g. a cost centre or an order number."),
    )
    # Asked for again when the places ran out: the participants would rather wait in line.
    jonoon = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, paid=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.paid = paid
        invoicing = ["invoicing", "e_invoice_address", "e_invoice_operator", "invoice_email",
                     "buyer_reference"]  # fmt: skip
        if not paid:
            for name in invoicing:
                del self.fields[name]
        self.helper = FormHelper()
        self.helper.form_tag = False
        # The page's own <form> has the CSRF token: crispy would add a second one.
        self.helper.disable_csrf = True
        self.helper.layout = Layout(
            "organisation",
            *(invoicing if paid else ()),
            HTML(privacy_notice(paid)),
            Div("website", css_class="contact-extra"),
            "started",
            "jonoon",
        )

    def clean_organisation(self):
        return single_line(self.cleaned_data["organisation"])

    def _code(self, name, pattern, message):
        value = "".join(self.cleaned_data.get(name, "").split()).upper()
        if value and not pattern.match(value):
            self.add_error(name, message)
        return value

    def clean(self):
        data = super().clean()
        if self.paid:
            if not data.get("invoicing"):
                self.add_error("invoicing", _("Please choose who pays."))
            elif data["invoicing"] == Registration.Invoicing.ORGANISATION:
                self._organisation_invoicing(data)
        self.check_spam_traps(data)
        return data

    def _organisation_invoicing(self, data):
        if not data.get("organisation"):
            self.add_error("organisation", _("Please give the organisation that pays."))
        address = self._code(
            "e_invoice_address",
            E_INVOICE_PATTERN,
            _("Write the e-invoice address with letters and digits only, e.g. 003712345678."),
        )
        operator = self._code(
            "e_invoice_operator",
            OPERATOR_PATTERN,
            _("Write the operator code with letters and digits only, e.g. 003721291126."),
        )
        data["e_invoice_address"], data["e_invoice_operator"] = address, operator
        if address and not operator:
            self.add_error(
                "e_invoice_operator", _("Please give the operator of the e-invoice address.")
            )
        elif operator and not address:
            self.add_error("e_invoice_address", _("Please give the e-invoice address."))
        elif not address and not data.get("invoice_email"):
            self.add_error(
                "e_invoice_address",
                _("Please give an e-invoice address and operator, or an email for invoices."),
            )

    def details(self):
        """The details every participant of the form shares."""
        data = self.cleaned_data
        details = {"organisation": data["organisation"]}
        if self.paid:
            details["invoicing"] = data["invoicing"]
            if data["invoicing"] == Registration.Invoicing.ORGANISATION:
                details.update(
                    e_invoice_address=data["e_invoice_address"],
                    e_invoice_operator=data["e_invoice_operator"],
                    invoice_email=data["invoice_email"],
                    buyer_reference=single_line(data["buyer_reference"]),
                )
        return details
