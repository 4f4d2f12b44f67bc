from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import local_formats

from .models import PriceRow


class PriceRowForm(forms.ModelForm):
    """
    The admin's price form: a price far from the others of its kind must be confirmed.

    The confirmation box stays hidden until the form finds such a price; it then shows
    under the warning, and saving again with it ticked keeps the price.
    """

    confirm_unusual_price = forms.BooleanField(
        label=_("The price is correct"),
        required=False,
        widget=forms.HiddenInput,
    )

    class Meta:
        model = PriceRow
        fields = [
            "what",
            "form",
            "unit",
            "published",
            "price",
            "vat_rate",
            "vat_note",
            "notes",
            "is_example",
        ]

    def clean(self):
        cleaned_data = super().clean()
        if "price" in self.errors or cleaned_data.get("confirm_unusual_price"):
            return cleaned_data
        typed = PriceRow(
            pk=self.instance.pk,
            form=cleaned_data.get("form", self.instance.form),
            price=cleaned_data.get("price"),
        )
        median = typed.unusual_price_median()
        if median is not None:
            self.fields["confirm_unusual_price"].widget = forms.CheckboxInput()
            self.add_error(
                "price",
                gettext(
                    "%(price)s is over ten times or under a tenth of the usual price of its kind "
                    "(median %(median)s). Check the price; if it is correct, tick "
                    "“%(confirm)s” and save again."
                )
                % {
                    "price": local_formats.euros(typed.price),
                    "median": local_formats.euros(median),
                    "confirm": self.fields["confirm_unusual_price"].label,
                },
            )
        return cleaned_data
