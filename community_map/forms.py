from dataclasses import dataclass
from datetime import timedelta
from functools import cached_property

from crispy_forms.helper import FormHelper
from crispy_forms.layout import Div, Layout, Submit
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from core.client_forms import VisitorMessagesForm, validate_email_characters

from . import team
from .scoring import NOT_SURE, SCALE

ANSWER_CHOICES = [
    ("1", _("Strongly disagree")),
    ("2", _("Somewhat disagree")),
    ("3", _("Neither agree nor disagree")),
    ("4", _("Somewhat agree")),
    ("5", _("Strongly agree")),
    ("0", _("Don't know")),
]


def field_name(statement):
    return f"s{statement.pk}"


@dataclass(frozen=True)
class Option:
    value: str
    label: str
    id: str
    checked: bool
    unsure: bool


@dataclass(frozen=True)
class StatementRow:
    """What the template needs to draw one statement and its radio buttons."""

    name: str
    id: str
    label: str
    errors: list
    options: list


class MapForm(forms.Form):
    """One 1–5 question per published statement; "don't know" is the default answer."""

    def __init__(self, dimensions, *args, answers=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.dimensions = dimensions
        answers = answers or {}
        for dimension in dimensions:
            for statement in dimension.statements:
                self.fields[field_name(statement)] = forms.ChoiceField(
                    label=statement.text,
                    choices=ANSWER_CHOICES,
                    required=False,
                    initial=str(answers.get(statement.pk, NOT_SURE)),
                    widget=forms.RadioSelect,
                    # The answers come in the address: never echo what was typed there.
                    error_messages={"invalid_choice": _("Choose one of the options.")},
                )

    def clean(self):
        cleaned_data = super().clean()
        if not self.errors and not any(value in SCALE for value in self.answers().values()):
            raise ValidationError(
                _("Rate at least one statement, so that the map can be drawn."),
                code="nothing_rated",
            )
        return cleaned_data

    def answers(self):
        """The cleaned answers as {statement pk: 0–5}."""
        return {
            statement.pk: int(self.cleaned_data.get(field_name(statement)) or NOT_SURE)
            for dimension in self.dimensions
            for statement in dimension.statements
        }

    @cached_property
    def groups(self):
        """
        The statements grouped by dimension, as plain rows for the template.

        The template writes the radio buttons itself: rendering one widget template per button
        (150 of them) took more than half of an uncached questionnaire's time.
        """
        errors = self.errors if self.is_bound else {}
        choices = [(value, str(label)) for value, label in ANSWER_CHOICES]  # translated once
        return [
            (
                dimension,
                [self._row(statement, errors, choices) for statement in dimension.statements],
            )
            for dimension in self.dimensions
        ]

    def _row(self, statement, errors, choices):
        bound_field = self[field_name(statement)]
        value = bound_field.value()
        # An answer left out counts as "don't know", so that is what the page shows checked.
        chosen = str(NOT_SURE) if value in (None, "") else str(value)
        return StatementRow(
            name=bound_field.html_name,
            id=bound_field.auto_id,
            label=statement.text,
            errors=errors.get(bound_field.name, []),
            options=[
                Option(
                    value=choice,
                    label=label,
                    id=f"{bound_field.auto_id}_{index}",
                    checked=choice == chosen,
                    unsure=choice == str(NOT_SURE),
                )
                for index, (choice, label) in enumerate(choices)
            ],
        )

    def error_summary(self):
        """(anchor id, message) for every error in page order; form-wide ones point at the top."""
        rows = [row for _dimension, group in self.groups for row in group]
        first_option = f"{rows[0].id}_0" if rows else ""
        summary = [(first_option, message) for message in self.non_field_errors()]
        summary += [
            (f"{row.id}_0", f"{row.label}: {error}") for row in rows for error in row.errors
        ]
        return summary


def last_day_field(help_text, required=True):
    return forms.DateField(
        label=_("Last day for answering"),
        required=required,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=help_text,
        input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"],
        error_messages={
            "invalid": _("Enter a date, e.g. 31.12.2026."),
            "required": _("Enter the last day for answering."),
        },
    )


class LastDayForm(forms.Form):
    """A form with a survey's last day for answering (``ends_on``): today at the earliest."""

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today
        self.latest_end = team.latest_end(today)

    def clean_ends_on(self):
        ends_on = self.cleaned_data["ends_on"]
        if ends_on is None:
            return None
        if ends_on < self.today:
            raise ValidationError(_("The last day cannot be in the past."), code="past")
        if ends_on > self.latest_end:
            raise ValidationError(
                _("The last day can be at most three months from today (%(date)s).")
                % {"date": date_format(self.latest_end, "SHORT_DATE_FORMAT")},
                code="too_late",
            )
        return ends_on


class FollowUpForm(LastDayForm, VisitorMessagesForm):
    """The follow-up's last day, chosen by the leader who starts it; 14 days when left empty."""

    ends_on = last_day_field(
        help_text=_(
            "Optional: without a date, the follow-up takes answers for 14 days. At most three "
            "months from today."
        ),
        required=False,
    )


class TeamSurveyForm(LastDayForm, VisitorMessagesForm):
    """What a team leader chooses when starting a team map; no account, nothing about them."""

    name = forms.CharField(
        label=_("Team name (optional)"),
        required=False,
        max_length=80,
        help_text=_("Shown to the members on the questionnaire and the code slips."),
    )
    member_count = forms.IntegerField(
        label=_("How many members does the team have?"),
        min_value=team.MIN_MEMBERS,
        max_value=team.MAX_MEMBERS,
        help_text=_(
            "You get one single-use answer code for each member. 5–60; thirty code slips fit "
            "on one A4 sheet."
        ),
        error_messages={
            "min_value": _(
                "A team map needs at least 5 members, so that no one's answers can be told apart."
            ),
            "max_value": _("A team map takes at most 60 members."),
            "invalid": _("Enter a whole number."),
            "required": _("Enter how many members the team has."),
        },
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    threshold = forms.IntegerField(
        label=_("Smallest number of answers before anything is shown"),
        min_value=team.MIN_THRESHOLD,
        max_value=team.MAX_THRESHOLD,
        initial=team.DEFAULT_THRESHOLD,
        help_text=_(
            "At least 3. Until then the results show only how many have answered. No figure is "
            "ever drawn from fewer than five people's ratings."
        ),
        error_messages={
            "min_value": _("Choose at least 3, so that no one's answers can be told apart."),
            "max_value": _("Choose at most 50."),
            "invalid": _("Enter a whole number."),
            "required": _("Enter the smallest number of answers."),
        },
    )
    ends_on = last_day_field(
        help_text=_(
            "At most three months from today. Answers and results are deleted 90 days after it."
        ),
    )
    reveal = forms.ChoiceField(
        label=_("When are the figures shown?"),
        choices=[
            ("closed", _("Only after the survey has closed (recommended)")),
            (
                "steps",
                _("While the survey is open too, updated only in steps of the smallest number"),
            ),
        ],
        initial="closed",
        widget=forms.RadioSelect,
    )
    email = forms.EmailField(
        label=_("Email the results link to me (optional)"),
        required=False,
        help_text=_("The address is used once to send the link and is not stored."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        validators=[validate_email_characters],
    )
    # The honeypot: hidden from people by the stylesheet; bots fill it in.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    def __init__(self, *args, today, **kwargs):
        super().__init__(*args, today=today, **kwargs)
        self.fields["ends_on"].initial = today + timedelta(days=team.DEFAULT_DAYS)
        self.fields["ends_on"].widget.attrs.update(
            {"min": today.isoformat(), "max": self.latest_end.isoformat()}
        )
        self.helper = FormHelper()
        self.helper.form_id = "tiimikysely"
        self.helper.form_action = reverse("community_map:team_create")
        self.helper.attrs = {"novalidate": ""}
        self.helper.layout = Layout(
            "name",
            "member_count",
            "threshold",
            "ends_on",
            "reveal",
            "email",
            Div("website", css_class="contact-extra"),
        )
        self.helper.add_input(Submit("submit", _("Create the survey"), css_class="button"))

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean(self):
        cleaned_data = super().clean()
        members, threshold = cleaned_data.get("member_count"), cleaned_data.get("threshold")
        if members is not None and threshold is not None and threshold > members:
            self.add_error(
                "threshold",
                ValidationError(
                    _("The smallest number of answers can be at most the number of members."),
                    code="over_members",
                ),
            )
        return cleaned_data

    @property
    def is_spam(self):
        return bool(self.cleaned_data.get("website")) if hasattr(self, "cleaned_data") else False


class AnswerCodeForm(forms.Form):
    """
    A member types the code from their slip. (The evaluations of a supervision process use it
    too, with their own ``action`` and ``find``.)
    """

    action = "community_map:team_enter_code"

    koodi = forms.CharField(
        label=_("Answer code"),
        max_length=40,
        help_text=_("Twelve letters and numbers, e.g. K7MP-4XRT-9CHA. Small letters will do."),
        error_messages={"required": _("Enter the answer code from your slip.")},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "class": "team-code-input",
            }
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.ballot = None
        self.helper = FormHelper()
        self.helper.form_id = "vastauskoodi"
        self.helper.form_action = reverse(self.action)
        self.helper.attrs = {"novalidate": ""}
        self.helper.add_input(Submit("submit", _("Go to the questionnaire"), css_class="button"))

    @staticmethod
    def find(text):
        """The ballot of the code in ``text``, or None."""
        return team.ballot_for(text)

    def clean_koodi(self):
        ballot = self.find(self.cleaned_data["koodi"])
        if ballot is None:
            # Never echo the typed code back into the error.
            raise ValidationError(
                _("There is no answer code like this. Check the code on your slip."),
                code="unknown",
            )
        self.ballot = ballot
        return ballot.code
