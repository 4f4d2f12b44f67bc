from urllib.parse import urlencode

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from .models import Language, Supervisor


def _https_by_default(db_field, **kwargs):
    if isinstance(db_field, models.URLField):
        kwargs.setdefault("assume_scheme", "https")
    return db_field.formfield(**kwargs)


class SupervisorAdminForm(forms.ModelForm):
    languages = forms.MultipleChoiceField(
        label=Supervisor._meta.get_field("languages").verbose_name,
        choices=Language.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Supervisor
        fields = [
            "name", "slug", "photo", "role", "published", "is_example", "introduction", "body",
            "supervising_since", "story_member", "story_register_url",
            "forms", "sectors", "methods", "languages", "places", "works_remotely",
            "email", "phone",
        ]  # fmt: skip
        formfield_callback = _https_by_default


# The filters of /tyonohjaajat/ as query parameters, in the order of the form.
FILTER_PARAMETERS = ("muoto", "ala", "kieli", "eta")
REMOTE = "kylla"


class SupervisorFilter(forms.Form):
    """
    The filters of the supervisors' list (a GET form that needs no JavaScript): the form of
    supervision, the sector, the working language and remote sessions.

    The choices are what the published supervisors offer, so no choice leads nowhere; a value
    that is not among them (an old link, a typo) is an error, said in Finnish.
    """

    muoto = forms.ChoiceField(
        label=_("Form of supervision"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "No supervisor offers this form of supervision. Choose one from the list."
            )
        },
    )
    ala = forms.ChoiceField(
        label=_("Sector"),
        required=False,
        error_messages={
            "invalid_choice": _("There is no such sector in the list. Choose one from the list.")
        },
    )
    kieli = forms.ChoiceField(
        label=_("Working language"),
        required=False,
        error_messages={
            "invalid_choice": _(
                "No supervisor works in this language. Choose a language from the list."
            )
        },
    )
    eta = forms.ChoiceField(
        label=_("Remote sessions"),
        required=False,
        choices=[("", ""), (REMOTE, _("Only supervisors who also meet remotely"))],
        error_messages={
            "invalid_choice": _("Tick the box to see only supervisors who also meet remotely.")
        },
    )

    def __init__(self, *args, supervisors=(), **kwargs):
        super().__init__(*args, **kwargs)
        forms_offered, sectors, languages = {}, {}, set()
        for supervisor in supervisors:
            for form in supervisor.forms.all():
                forms_offered[form.slug] = form
            for sector in supervisor.sectors.all():
                sectors[sector.slug] = sector
            languages.update(supervisor.languages)
        by_order = sorted(forms_offered.values(), key=lambda form: (form.order, form.name))
        self.fields["muoto"].choices = [("", _("All forms")), *((f.slug, f.name) for f in by_order)]
        by_order = sorted(sectors.values(), key=lambda sector: (sector.order, sector.name))
        self.fields["ala"].choices = [("", _("All sectors")), *((s.slug, s.name) for s in by_order)]
        self.fields["kieli"].choices = [
            ("", _("All languages")),
            *((code, name) for code, name in Language.choices if code in languages),
        ]

    def chosen(self):
        """The valid choices made, ``{parameter: value}`` (invalid ones are left out)."""
        if not self.is_bound:
            return {}
        self.is_valid()  # cleans once; a value not among the choices is left out
        return {
            name: self.cleaned_data[name]
            for name in FILTER_PARAMETERS
            if self.cleaned_data.get(name)
        }

    def matches(self, supervisor):
        chosen = self.chosen()
        if "muoto" in chosen and not any(f.slug == chosen["muoto"] for f in supervisor.forms.all()):
            return False
        if "ala" in chosen and not supervisor.works_in(chosen["ala"]):
            return False
        if "kieli" in chosen and not supervisor.speaks(chosen["kieli"]):
            return False
        return not ("eta" in chosen and not supervisor.works_remotely)

    def filter(self, supervisors):
        return [supervisor for supervisor in supervisors if self.matches(supervisor)]


def filter_query(request):
    """
    The filters asked for in ``request`` as a normalised query string ("" when none): the
    variant of the cached list page. It reads exactly the filters' parameters.
    """
    values = [(name, request.GET.get(name, "")) for name in FILTER_PARAMETERS]
    return urlencode([(name, value) for name, value in values if value])
