from django import forms
from django.utils.translation import gettext_lazy as _

from core.client_forms import VisitorMessagesForm, has_forbidden_characters, single_line


def _one_line(value, message):
    value = single_line(value)
    if has_forbidden_characters(value):
        raise forms.ValidationError(message, code="invalid")
    return value


class AcceptanceForm(VisitorMessagesForm):
    """The purchaser's acceptance of one version of the agreement, as they read it."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        error_messages={"required": _("Please enter your name.")},
    )
    title = forms.CharField(
        label=_("Your title"),
        max_length=200,
        error_messages={"required": _("Please enter your title.")},
    )
    confirm = forms.BooleanField(
        label=_("I have read the agreement and accept it on behalf of the organisation."),
        error_messages={"required": _("Tick the box to accept the agreement.")},
    )
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)
    digest = forms.CharField(widget=forms.HiddenInput, max_length=64, min_length=64)

    def clean_name(self):
        name = _one_line(
            self.cleaned_data["name"], _("Remove the invisible control characters from your name.")
        )
        if not name:
            raise forms.ValidationError(_("Please enter your name."), code="required")
        return name

    def clean_title(self):
        title = _one_line(
            self.cleaned_data["title"],
            _("Remove the invisible control characters from your title."),
        )
        if not title:
            raise forms.ValidationError(_("Please enter your title."), code="required")
        return title
