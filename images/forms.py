from django import forms

from .models import Image
from .validation import clean_image


class ImageAdminForm(forms.ModelForm):
    """Upload form: only a clean, metadata-free copy of a real photo is ever stored."""

    class Meta:
        model = Image
        fields = ["file", "title", "alt_text", "decorative", "caption", "credit"]

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            return clean_image(upload)
        return upload
