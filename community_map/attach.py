"""
Attaching a work community map to a message or a booking: the personal map by its answers code
(``kartta``), the team map by the leader's signed reference (``tiimikartta``).

The text the supervisor receives is always built here on the server, from the code or from the
team's aggregate, never taken from the browser. ``MapAttachmentForm`` gives any form the two
hidden fields and their checks; ``attached_from`` reads them from a link (``?kartta=``,
``?tiimikartta=``) to show what will be attached and to carry it on to the next page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from .codes import InvalidMapCode
from .summary import summarise, summarise_team
from .team import InvalidReference

FIELDS = ("kartta", "tiimikartta")


def _summary(name, value):
    """The summary of one attachment, or raise InvalidMapCode / InvalidReference."""
    return summarise(value) if name == "kartta" else summarise_team(value)


def join(summaries):
    return "\n\n".join(filter(None, summaries))


def attached_from(params):
    """
    ``(summary, values)`` of the maps named in ``params`` (a QueryDict): the text to show and
    ``{field: value}`` of the valid ones, to carry on in links and hidden inputs. An invalid or
    expired one is left out; the form says why if it is still sent.
    """
    summaries, values = [], {}
    for name in FIELDS:
        value = params.get(name, "")
        if not value or len(value) > MapAttachmentForm.base_fields[name].max_length:
            continue
        try:
            summaries.append(_summary(name, value))
        except (InvalidMapCode, InvalidReference):
            continue
        values[name] = value
    return join(summaries), values


class MapAttachmentForm(forms.Form):
    """The optional maps a form carries; ``map_summary`` is their text once the form is valid."""

    # The code of a work community map the sender chose to attach ("Lähetä kartta").
    kartta = forms.CharField(widget=forms.HiddenInput, required=False, max_length=2000)
    # A leader's reference to their team map; the figures are built on the server.
    tiimikartta = forms.CharField(widget=forms.HiddenInput, required=False, max_length=200)

    map_summary = ""

    def clean_kartta(self):
        code = self.cleaned_data["kartta"]
        if not code:
            return ""
        try:
            self.map_summary = summarise(code)
        except InvalidMapCode:
            raise forms.ValidationError(
                _("The attached map is incomplete or altered. Open the map again and send it."),
                code="invalid",
            ) from None
        return code

    def clean_tiimikartta(self):
        reference = self.cleaned_data["tiimikartta"]
        if not reference:
            return ""
        try:
            summary = summarise_team(reference)
        except InvalidReference:
            raise forms.ValidationError(
                _(
                    "The attached team map has expired or been deleted. Open its results "
                    "again and send it from there."
                ),
                code="invalid",
            ) from None
        self.map_summary = join([self.map_summary, summary])
        return reference
