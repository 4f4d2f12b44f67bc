from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _
from pictures.models import PictureField

# Portraits are shown square; Markdown pictures keep the photo's own shape (None).
SQUARE = "1/1"
MARKDOWN_TOKEN_HELP = _(
    "![[kuva:12]] on a line of its own shows uploaded image 12 (its code is shown in Images)."
)
MARKDOWN_SYNTAX_HELP = _(
    "To show this image in a Markdown text, write ![[kuva:%(id)s]] on a line of its own."
)


class Image(models.Model):
    """A photo staff uploaded once and may use anywhere: on a profile or in a Markdown text."""

    file = PictureField(
        _("image file"),
        upload_to="kuvat/",
        width_field="width",
        height_field="height",
        aspect_ratios=[None, SQUARE],
        help_text=_(
            "A JPEG, PNG or WebP photo, at most 15 MB and 40 megapixels. Location data and other "
            "metadata are removed; smaller versions for phones and modern formats are made "
            "automatically."
        ),
    )
    width = models.PositiveIntegerField(_("width"), editable=False, default=0)
    height = models.PositiveIntegerField(_("height"), editable=False, default=0)
    title = models.CharField(
        _("name"),
        max_length=200,
        help_text=_("For finding the image in the admin; not shown on the site."),
    )
    alt_text = models.CharField(
        _("alternative text"),
        max_length=300,
        blank=True,
        help_text=_(
            "What the image shows, for people who cannot see it (screen readers), e.g. "
            "“Työnohjaaja Anna Esimerkki hymyilee toimistossaan.” Required unless the image "
            "is decorative."
        ),
    )
    decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_("Tick only if the image adds nothing to the text; screen readers skip it."),
    )
    caption = models.CharField(
        _("caption"),
        max_length=300,
        blank=True,
        help_text=_("Shown under the image in Markdown texts."),
    )
    credit = models.CharField(
        _("photo credit"), max_length=200, blank=True, help_text=_("E.g. Kuva: Maija Kuvaaja.")
    )
    renditions_ready = models.BooleanField(_("versions ready"), default=False, editable=False)
    # Why the worker could not make the renditions (the kind of error), for the admin.
    renditions_error = models.CharField(
        _("versions failed"), max_length=300, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("added"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        replaced = None
        if self.pk and self.file and not self.file._committed:
            # A new file for an existing image: new renditions follow; the old ones go.
            self.renditions_ready = False
            self.renditions_error = ""
            replaced = Image.objects.filter(pk=self.pk).values_list("file", flat=True).first()
        super().save(*args, **kwargs)
        if replaced and replaced != self.file.name:
            storage = self.file.storage
            transaction.on_commit(lambda: delete_stored_files(storage, replaced))

    def clean(self):
        if not self.decorative and not self.alt_text.strip():
            raise ValidationError(
                {
                    "alt_text": _(
                        "Describe the image for people who cannot see it, or tick "
                        "“decorative” if it adds nothing to the text."
                    )
                }
            )

    @property
    def alt(self):
        return "" if self.decorative else self.alt_text

    @property
    def markdown_syntax(self):
        return f"![[kuva:{self.pk}]]"

    def make_renditions_now(self):
        """Write this image's renditions in this process (for commands, not for requests)."""
        from .tasks import make_renditions

        make_renditions.call(
            storage=self.file.storage.deconstruct(),
            file_name=self.file.name,
            sender=self.file.sender,
            new=[picture.deconstruct() for picture in self.file.get_picture_files_list()],
        )


def delete_stored_files(storage, name):
    """Delete the original ``name`` and its renditions (stored in a folder of its name)."""

    def delete_folder(path):
        try:
            folders, files = storage.listdir(path)
        except (FileNotFoundError, NotImplementedError):
            return
        for folder in folders:
            delete_folder(f"{path}/{folder}")
        for file in files:
            storage.delete(f"{path}/{file}")

    delete_folder(str(PurePosixPath(name).with_suffix("")))
    storage.delete(name)
