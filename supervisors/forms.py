from django import forms

from .models import Language, Supervisor


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
            "forms", "sectors", "languages", "places", "works_remotely", "email", "phone",
        ]  # fmt: skip
