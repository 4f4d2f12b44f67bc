"""The home page's own content: the promise at the top, its picture, and how supervision starts."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from services.models import PublishedQuerySet


class HomePage(models.Model):
    """The single record of the home page's opening and its teaser of the work community map."""

    SINGLETON_PK = 1

    headline = models.CharField(
        _("headline"),
        max_length=120,
        help_text=_(
            "Who the site is for and what changes for them, in one line (the page's title)."
        ),
    )
    lead = models.TextField(
        _("lead"),
        max_length=400,
        help_text=_("Two or three sentences under the headline."),
    )
    image = models.ForeignKey(
        "images.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
        help_text=_(
            "A photo beside the headline, from the image library. Empty: the site's own drawing."
        ),
    )
    map_teaser = models.TextField(
        _("work community map teaser"),
        max_length=400,
        help_text=_("A sentence or two inviting visitors to try the work community map."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home page")

    def __str__(self):
        return str(_("Home page"))

    @classmethod
    def load(cls):
        """The home page's record, with its image, or None before it has been created."""
        return cls.objects.select_related("image").filter(pk=cls.SINGLETON_PK).first()


class Step(models.Model):
    """One step of "how supervision starts" on the home page."""

    home = models.ForeignKey(HomePage, on_delete=models.CASCADE, related_name="steps")
    title = models.CharField(_("title"), max_length=80)
    text = models.TextField(_("text"), max_length=400)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    published = models.BooleanField(_("published"), default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("step")
        verbose_name_plural = _("how it starts: steps")

    def __str__(self):
        return self.title
