from dataclasses import dataclass
from functools import cached_property

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

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
