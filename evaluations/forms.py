from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from community_map.forms import AnswerCodeForm

from . import rounds

PROGRESS = (
    _("not at all"),
    _("a little"),
    _("somewhat"),
    _("much"),
    _("very much"),
)
USEFULNESS = (
    _("not useful at all"),
    _("of little use"),
    _("somewhat useful"),
    _("useful"),
    _("very useful"),
)
ABILITY = (
    _("very weak"),
    _("fairly weak"),
    _("moderate"),
    _("fairly good"),
    _("very good"),
)


def _ends(words):
    """What the ends of a 1–5 scale mean, for a phone, where each number stands alone."""
    return _("1 = %(lowest)s, 5 = %(highest)s") % {"lowest": words[0], "highest": words[-1]}


class EvaluationCodeForm(AnswerCodeForm):
    """A participant types the code from their slip."""

    action = "evaluations:enter_code"

    @staticmethod
    def find(text):
        return rounds.ballot_for(text)


@dataclass(frozen=True)
class Option:
    value: int
    label: str
    id: str
    checked: bool


@dataclass(frozen=True)
class Question:
    name: str
    label: str
    hint: str
    options: list
    errors: list
    scale_note: str = ""


RECOMMEND_CHOICES = [(str(value), str(value)) for value in range(11)]


def _scale_field(label, words):
    """An optional question on the scale 1–5 with ``words`` for its values; 0–10 without."""
    if words is None:
        choices = RECOMMEND_CHOICES
    else:
        choices = [(str(value), word) for value, word in enumerate(words, start=1)]
    return forms.TypedChoiceField(
        label=label,
        choices=choices,
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
    )


class AnswerForm(forms.Form):
    """
    The evaluation's questions: progress on each goal (1–5), the usefulness of the sessions and
    the group's ability to work on hard situations (1–5), recommending (0–10). A question may be
    left unanswered; at least one must be answered.
    """

    def __init__(self, goals, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.goals = list(goals)
        for goal in self.goals:
            self.fields[f"tavoite_{goal.pk}"] = _scale_field(goal.change, PROGRESS)
        self.fields["hyoty"] = _scale_field(
            _("How useful have the supervision sessions been to you?"), USEFULNESS
        )
        self.fields["vaikeat"] = _scale_field(
            _("How well can your group now work on hard situations together?"), ABILITY
        )
        self.fields["suosittelu"] = _scale_field(
            _("How likely would you recommend work supervision to a colleague?"), None
        )

    def clean(self):
        data = super().clean()
        if not self.errors and all(value is None for value in data.values()):
            raise forms.ValidationError(_("Answer at least one question."), code="empty")
        return data

    def ratings(self):
        data = self.cleaned_data
        return {
            "goals": {
                goal.pk: data[f"tavoite_{goal.pk}"]
                for goal in self.goals
                if data[f"tavoite_{goal.pk}"] is not None
            },
            "usefulness": data["hyoty"],
            "hard_situations": data["vaikeat"],
            "recommend": data["suosittelu"],
        }

    def _question(self, name, hint="", scale_note=""):
        bound = self[name]
        value = str(bound.value()) if bound.value() not in (None, "") else None
        options = [
            Option(int(choice), label, f"id_{name}_{choice}", choice == value)
            for choice, label in self.fields[name].choices
        ]
        return Question(name, bound.label, hint, options, list(bound.errors), scale_note)

    @property
    def goal_questions(self):
        return [
            self._question(f"tavoite_{goal.pk}", goal.indicator, _ends(PROGRESS))
            for goal in self.goals
        ]

    @property
    def common_questions(self):
        return [
            self._question("hyoty", scale_note=_ends(USEFULNESS)),
            self._question("vaikeat", scale_note=_ends(ABILITY)),
            self._question(
                "suosittelu",
                scale_note=_("0 = not at all likely, 10 = extremely likely"),
            ),
        ]

    @property
    def error_summary(self):
        items = [
            (f"id_{name}_1", error)
            for name in self.errors
            if name != "__all__"
            for error in self.errors[name]
        ]
        items += [("kysymykset", error) for error in self.non_field_errors()]
        return items
