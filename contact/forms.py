from crispy_forms.helper import FormHelper
from crispy_forms.layout import HTML, Div, Layout, Submit
from django import forms
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from community_map.attach import MapAttachmentForm
from core import languages
from core.client_forms import ClientDetailsForm, multiline_text
from core.spam import SpamTrapForm
from core.translations import in_finnish
from services.models import SupervisionForm
from supervisors.models import Supervisor

from . import tasks
from .models import Enquiry

TOKEN_SALT = "contact.form-started"


class TopicChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class ContactForm(ClientDetailsForm, SpamTrapForm, MapAttachmentForm, forms.ModelForm):
    """The "Laita viestiä" form, with its spam traps."""

    token_salt = TOKEN_SALT
    rate_scope = "contact"

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

    def __init__(
        self, *args, topic_choices=None, supervisor_choices=None, group_topics=None, **kwargs
    ):
        super().__init__(*args, **kwargs)
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
                languages.current_address("/tietosuoja/"),
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
            .filter(format__in=SupervisionForm.GROUP_FORMATS)
            .values_list("pk", flat=True)
        )

    def clean_message(self):
        message = multiline_text(
            self.cleaned_data["message"],
            _("Remove the invisible control characters from the message."),
        )
        if not message:
            raise forms.ValidationError(_("Please write a message."), code="required")
        return message

    def clean(self):
        cleaned_data = super().clean()
        topic = cleaned_data.get("topic")
        if topic is None or topic.format not in SupervisionForm.GROUP_FORMATS:
            # The group size is asked only for a group: a hidden or stale value is ignored.
            cleaned_data["group_size"] = None
            self.errors.pop("group_size", None)
        self.check_spam_traps(cleaned_data)
        if (
            cleaned_data.get("contact_method") == Enquiry.ContactMethod.PHONE
            and not cleaned_data.get("phone")
            and "phone" not in self.errors
        ):
            self.add_error(
                "phone", _("Please give a phone number, as you would like us to call you.")
            )
        return cleaned_data

    def already_submitted(self):
        """The enquiry this same form showing already stored, if any (a repeated POST)."""
        return Enquiry.objects.filter(submission_key=self.submission_key).first()

    def save(self, commit=True):
        enquiry = super().save(commit=False)
        # Staff read and group enquiries by the Finnish name, whatever the sender's language.
        enquiry.topic_name = in_finnish(enquiry.topic, "name") if enquiry.topic else ""
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
        tasks.queue_emails(enquiry)
        return enquiry
