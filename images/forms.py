from django import forms

from .models import Image
from .validation import clean_image


class ImageAdminForm(forms.ModelForm):
    """Upload form: only a clean, metadata-free copy of a real photo is ever stored."""

    # A plain file field: our own checks (validation.py) decide, with their own messages,
    # before anything is decoded; Django's ImageField would decode first.
    file = forms.FileField(
        label=Image._meta.get_field("file").verbose_name,
        help_text=Image._meta.get_field("file").help_text,
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = Image
        fields = ["file", "title", "alt_text", "decorative", "caption", "credit"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            return clean_image(upload)
        return upload
