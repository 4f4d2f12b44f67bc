from django import forms
from django.utils.translation import gettext_lazy as _

from .scoring import NOT_SURE

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
                )

    def answers(self):
        """The cleaned answers as {statement pk: 0–5}."""
        return {
            statement.pk: int(self.cleaned_data.get(field_name(statement)) or NOT_SURE)
            for dimension in self.dimensions
            for statement in dimension.statements
        }

    def groups(self):
        """The bound fields grouped by dimension, for the template."""
        return [
            (dimension, [self[field_name(statement)] for statement in dimension.statements])
            for dimension in self.dimensions
        ]
