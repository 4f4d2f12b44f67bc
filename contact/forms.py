import re
import unicodedata

from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Layout, Submit
from django import forms
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from community_map.attach import MapAttachmentForm
from services.models import SupervisionForm
from supervisors.models import Supervisor

from . import spam
from .models import Enquiry

PHONE_PATTERN = re.compile(r"^\+?[0-9][0-9 ()\-]{4,24}$")
# Unicode categories never wanted in typed text: controls, format characters, surrogates,
# private use and unassigned code points.
FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs", "Co", "Cn"}
MESSAGE_WHITESPACE = {"\n", "\t"}

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


def _has_forbidden_characters(value, allowed=frozenset()):
    return any(
        unicodedata.category(char) in FORBIDDEN_CATEGORIES and char not in allowed for char in value
    )


def single_line(value):
    """Collapse all whitespace, line breaks included, to single spaces."""
    return " ".join(value.split())


class TopicChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ClientDetailsForm(forms.Form):
    """Cleans the details a client gives of themself, on every form that asks for them."""

    def clean_name(self):
        name = single_line(self.cleaned_data["name"])
        if not name:
            raise forms.ValidationError(_("Please enter your name."), code="required")
        if _has_forbidden_characters(name):
            raise forms.ValidationError(
                _("Remove the invisible control characters from your name."), code="invalid"
            )
        return name

    def clean_organisation(self):
        organisation = single_line(self.cleaned_data["organisation"])
        if _has_forbidden_characters(organisation):
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


class ContactForm(ClientDetailsForm, MapAttachmentForm, forms.ModelForm):
    """The "Laita viestiä" form, with its spam traps."""

    topic = TopicChoiceField(
        queryset=SupervisionForm.objects.published(),
        required=False,
        empty_label=_("Not sure yet"),
        label=_("Form of supervision"),
    )
    supervisor = TopicChoiceField(
        queryset=Supervisor.objects.published(),
        required=False,
        empty_label=_("No preference"),
        label=_("Supervisor"),
    )
    group_size = forms.IntegerField(
        label=_("Group size"),
        required=False,
        min_value=1,
        max_value=500,
        help_text=_("For a group: about how many people would take part?"),
    )
    # The honeypot: hidden from people by the stylesheet; bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    started = forms.CharField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = Enquiry
        fields = [
            "name",
            "email",
            "phone",
            "organisation",
            "topic",
            "supervisor",
            "group_size",
            "delivery",
            "contact_method",
            "message",
        ]
        labels = {
            "name": _("Name"),
            "email": _("Email"),
            "phone": _("Phone"),
            "organisation": _("Organisation"),
            "delivery": _("On site or remote"),
            "contact_method": _("How would you like us to contact you?"),
            "message": _("Message"),
        }
        help_texts = {
            "message": _("Tell us briefly about your situation and what you are hoping for."),
        }
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "delivery": forms.RadioSelect,
            "contact_method": forms.RadioSelect,
            "message": forms.Textarea(attrs={"rows": 7}),
        }

    # The formats for which the group size is asked; for other topics it is ignored.
    GROUP_FORMATS = {SupervisionForm.Format.GROUP, SupervisionForm.Format.EITHER}

    def __init__(
        self, *args, topic_choices=None, supervisor_choices=None, group_topics=None, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.rejection = None
        if topic_choices is not None:
            # Render from the cached list; a submitted choice is still checked against the
            # database by the field's queryset.
            self.fields["topic"].choices = [("", self.fields["topic"].empty_label), *topic_choices]
        if supervisor_choices is not None:
            self.fields["supervisor"].choices = [
                ("", self.fields["supervisor"].empty_label),
                *supervisor_choices,
            ]
        if group_topics is None:
            group_topics = self.group_topic_pks()
        if not self.is_bound:
            self.fields["started"].initial = spam.issue_form_token()
        self.helper = FormHelper()
        self.helper.form_id = "yhteydenotto"
        # An explicit action, so that no #fragment of the page's address follows the redirect.
        self.helper.form_action = reverse("contact:form")
        # static/js/contact-form.js shows the group size only for these topics.
        self.helper.attrs = {
            "novalidate": "",
            "data-group-topics": " ".join(str(pk) for pk in group_topics),
        }
        privacy_notice = format_html(
            '<p class="form-privacy">{}</p>',
            format_html(
                _(
                    "We use your details only to answer your enquiry and to agree on "
                    "supervision with you, on the basis of our legitimate interest. Read more "
                    'in the <a href="{}">privacy statement</a>.'
                ),
                reverse("services:page", args=["tietosuoja"]),
            ),
        )
        self.helper.layout = Layout(
            *self.Meta.fields,
            HTML(privacy_notice),
            Div("website", css_class="contact-extra"),
            "started",
            "kartta",
            "tiimikartta",
        )
        self.helper.add_input(Submit("submit", _("Send the message"), css_class="button"))

    @classmethod
    def group_topic_pks(cls):
        """The published forms of supervision that can be for a group."""
        return list(
            SupervisionForm.objects.published()
            .filter(format__in=cls.GROUP_FORMATS)
            .values_list("pk", flat=True)
        )

    def clean_message(self):
        message = self.cleaned_data["message"].replace("\r\n", "\n").replace("\r", "\n").strip()
        if not message:
            raise forms.ValidationError(_("Please write a message."), code="required")
        if _has_forbidden_characters(message, allowed=MESSAGE_WHITESPACE):
            raise forms.ValidationError(
                _("Remove the invisible control characters from the message."), code="invalid"
            )
        return message

    def clean(self):
        cleaned_data = super().clean()
        topic = cleaned_data.get("topic")
        if topic is None or topic.format not in self.GROUP_FORMATS:
            # The group size is asked only for a group: a hidden or stale value is ignored.
            cleaned_data["group_size"] = None
            self.errors.pop("group_size", None)
        if cleaned_data.get("website"):
            self.rejection = "honeypot"
        else:
            self.rejection = spam.check_form_token(cleaned_data.get("started"))
        if self.rejection:
            # A person who also has fields to fix is told about those first.
            if not self.errors:
                self.add_error(
                    None, forms.ValidationError(SPAM_ERRORS[self.rejection], code="spam")
                )
            if self.rejection != "honeypot":
                # A person who left the form open, or was quick: a fresh token lets them
                # send it again.
                self.data = self.data.copy()
                self.data["started"] = spam.issue_form_token()
        if (
            cleaned_data.get("contact_method") == Enquiry.ContactMethod.PHONE
            and not cleaned_data.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error(
                "phone", _("Please give a phone number, as you would like us to call you.")
            )
        return cleaned_data

    @property
    def is_spam(self):
        """True when a trap caught the submission: it is neither stored nor emailed."""
        return self.rejection in ("honeypot", "too_fast")

    @property
    def submission_key(self):
        """The key of the form showing this submission came from (valid forms only)."""
        return spam.read_form_token(self.cleaned_data["started"]).submission_key

    def already_submitted(self):
        """The enquiry this same form showing already stored, if any (a repeated POST)."""
        return Enquiry.objects.filter(submission_key=self.submission_key).first()

    def save(self, commit=True):
        enquiry = super().save(commit=False)
        enquiry.topic_name = enquiry.topic.name if enquiry.topic else ""
        enquiry.supervisor_name = enquiry.supervisor.name if enquiry.supervisor else ""
        # Built on the server from the code, never taken from the browser as text.
        enquiry.map_summary = self.map_summary
        enquiry.submission_key = self.submission_key
        if commit:
            enquiry.save()
        return enquiry

    def save_once(self):
        """
        Store the enquiry unless this form showing stored one already; return the enquiry.

        The unique submission key makes the database the judge, so two identical POSTs at
        the same moment (a double click) store one enquiry and queue its emails once.
        """
        try:
            with transaction.atomic():
                enquiry = self.save()
        except IntegrityError:
            existing = self.already_submitted()
            if existing is None:
                raise
            return existing
        enquiry.queue_emails()
        return enquiry
