from pathlib import PurePath

from django import forms
from django.utils.translation import gettext_lazy as _

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
        help_texts = {
            "title": _(
                "For finding the image in the admin; not shown on the site. Left empty, the "
                "file's name."
            )
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Uploading from another form (the "+" beside a photo, the editor's picker) takes only
        # the file and its alternative text: the name defaults to the file's.
        self.fields["title"].required = False
        self.chosen_name = ""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data:
            # The name staff gave the file (the stored copy gets a random one).
            self.chosen_name = PurePath(upload.name or "").stem
            return clean_image(upload)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("title") and self.chosen_name:
            max_length = Image._meta.get_field("title").max_length
            cleaned_data["title"] = self.chosen_name[:max_length]
        return cleaned_data

    def full_clean(self):
        super().full_clean()
        if self._errors and self.files.get("file") and "file" not in self._errors:
            # Browsers empty a file field whenever the page is drawn again: say so there.
            self.add_error(
                "file",
                _(
                    "Nothing was saved, and the browser has forgotten the chosen file: choose "
                    "it again."
                ),
            )
