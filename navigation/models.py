"""The site's main menu, managed by staff: which pages appear, in which order and groups."""

from django.core.exceptions import ValidationError
from django.db import models
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from services.models import PublishedQuerySet

# The most top-level entries the header holds on one line at every width, with the
# "Laita viestiä" button beside them (six in all).
MAX_TOP_LEVEL = 5


class AppPage(models.TextChoices):
    """Pages made by a view of their own rather than by a content page; keyed by URL name."""

    HOME = "services:home", pgettext_lazy("site", "Home")
    FORMS = "services:form_list", _("Forms of supervision")
    APPROACH = "services:approach", _("Our approach")
    SUPERVISORS = "supervisors:list", _("Supervisors")
    PRICES = "pricing:prices", _("Prices")
    QUESTIONS = "faq:questions", _("Frequently asked questions")
    MAP = "community_map:questionnaire", _("Work community map")
    TEAM_MAP = "community_map:team_create", _("Team work community map")
    BOOKING = "booking:times", _("Booking")
    CONTACT = "contact:form", _("Send a message")


class MenuItem(models.Model):
    """One link of the main menu: a content page, a form of supervision or an app page."""

    label = models.CharField(
        _("label"),
        max_length=40,
        blank=True,
        help_text=_("The text in the menu. Empty: the title of the page it leads to."),
    )
    page = models.ForeignKey(
        "services.Page",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="menu_items",
        verbose_name=_("page"),
    )
    form = models.ForeignKey(
        "services.SupervisionForm",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="menu_items",
        verbose_name=_("form of supervision"),
    )
    app_page = models.CharField(
        _("other page of the site"), max_length=60, blank=True, choices=AppPage.choices
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
        limit_choices_to={"parent__isnull": True},
        verbose_name=_("under"),
        help_text=_(
            "Empty: a top-level entry of the menu. Otherwise the entry opens from this one's "
            "submenu."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    published = models.BooleanField(_("published"), default=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("menu entry")
        verbose_name_plural = _("menu entries")
        constraints = [
            models.CheckConstraint(
                name="menu_item_has_one_target",
                condition=(
                    models.Q(page__isnull=False, form__isnull=True, app_page="")
                    | models.Q(page__isnull=True, form__isnull=False, app_page="")
                    | (models.Q(page__isnull=True, form__isnull=True) & ~models.Q(app_page=""))
                ),
            )
        ]

    def __str__(self):
        return str(self.title)

    @property
    def title(self):
        if self.label:
            return self.label
        if self.page_id:
            return self.page.title
        if self.form_id:
            return self.form.name
        return AppPage(self.app_page).label if self.app_page in AppPage.values else ""

    @property
    def target_title(self):
        """The name of the page itself, as the first link of a submenu."""
        if self.page_id:
            return self.page.title
        if self.form_id:
            return self.form.name
        return AppPage(self.app_page).label if self.app_page in AppPage.values else self.title

    @property
    def url(self):
        """The address, or None when the named app page does not exist in this release."""
        if self.page_id:
            return self.page.get_absolute_url()
        if self.form_id:
            return self.form.get_absolute_url()
        try:
            return reverse(self.app_page)
        except NoReverseMatch:
            return None

    def clean(self):
        targets = [bool(self.page_id), bool(self.form_id), bool(self.app_page)]
        if sum(targets) != 1:
            raise ValidationError(
                _("Choose exactly one target: a page, a form of supervision or another page.")
            )
        if self.parent_id:
            if self.parent_id == self.pk or self.parent.parent_id:
                raise ValidationError(
                    {"parent": _("A submenu entry can only be placed under a top-level entry.")}
                )
            if self.pk and self.children.exists():
                raise ValidationError(
                    {"parent": _("An entry with its own submenu stays at the top level.")}
                )
        elif self.published:
            others = MenuItem.objects.published().filter(parent__isnull=True).exclude(pk=self.pk)
            if others.count() >= MAX_TOP_LEVEL:
                raise ValidationError(
                    _(
                        "The menu has room for %(count)d top-level entries beside the "
                        "“Laita viestiä” button. Place this entry under another one, or "
                        "unpublish one first."
                    )
                    % {"count": MAX_TOP_LEVEL}
                )
