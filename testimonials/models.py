from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.examples import EXAMPLE_HELP
from core.translations import in_current_language
from images.models import Image
from services.models import Publishable, SupervisionForm


def published_with_permission(name):
    """A constraint: a row is published only with the date and the way of its permission."""
    return models.CheckConstraint(
        condition=Q(published=False) | (Q(permission_date__isnull=False) & ~Q(permission_way="")),
        name=name,
    )


class RecordedPermission:
    """
    For a model whose rows are ``published`` only with a recorded permission
    (``permission_date`` and ``permission_way``): the check, and the errors before publishing.
    """

    @property
    def has_permission(self):
        return bool(self.permission_date and self.permission_way.strip())

    def permission_errors(self):
        """The fields to fill in before this row can be published, with their errors."""
        errors = {}
        if self.published and not self.permission_date:
            errors["permission_date"] = _("Record the date of the permission before publishing.")
        if self.published and not self.permission_way:
            errors["permission_way"] = _("Record how the permission was given before publishing.")
        return errors


class TestimonialQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def quote_per_form(self):
        """
        Annotations for a SupervisionForm queryset: one published quote for its page, the
        newest about that form, else the newest about no form in particular.
        """
        quote = (
            self.published()
            .filter(Q(form=OuterRef("pk")) | Q(form__isnull=True))
            .order_by(F("form").asc(nulls_last=True), "-permission_date", "-pk")
        )
        return {
            f"quote_{name}": Subquery(
                quote.annotate(shown=in_current_language(name)).values("shown")[:1]
            )
            for name in ("text", "role", "sector")
        }


class Testimonial(RecordedPermission, Publishable):
    """A client's quote, published only with their recorded permission."""

    text = models.TextField(_("quote"), max_length=1000)
    role = models.CharField(
        _("role"), max_length=100, help_text=_("Who said it, by role, e.g. osastonhoitaja.")
    )
    sector = models.CharField(
        _("sector"), max_length=100, blank=True, help_text=_("E.g. sairaala or kunta.")
    )
    form = models.ForeignKey(
        SupervisionForm,
        verbose_name=_("form of supervision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="testimonials",
        help_text=_("Optional. The quote is shown on that form's page first."),
    )
    permission_date = models.DateField(_("permission given on"), null=True, blank=True)
    permission_way = models.CharField(
        _("how permission was given"),
        max_length=200,
        blank=True,
        help_text=_("E.g. sähköpostilla 3.2.2026. Required before publishing."),
    )
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Only a quote whose permission is recorded can be published."),
    )
    is_example = models.BooleanField(_("example"), default=False, help_text=EXAMPLE_HELP)

    objects = TestimonialQuerySet.as_manager()

    class Meta:
        ordering = ["-permission_date", "-pk"]
        verbose_name = _("reference")
        verbose_name_plural = _("references")
        constraints = [published_with_permission("testimonial_published_with_permission")]

    def __str__(self):
        return self.attribution

    def get_absolute_url(self):
        return reverse("services:home")

    @property
    def attribution(self):
        return ", ".join(part for part in (self.role, self.sector) if part)

    def clean(self):
        self.permission_way = self.permission_way.strip()
        errors = self.permission_errors()
        if errors:
            raise ValidationError(errors)


class ClientOrganisationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)


class ClientOrganisation(RecordedPermission, models.Model):
    """
    An organisation the consultancy has worked for and that agreed to be named as a client,
    shown in the list of client organisations only with its recorded permission.
    """

    class PermissionWay(models.TextChoices):
        EMAIL = "email", _("By email")
        CONTRACT = "contract", _("In the contract")
        LETTER = "letter", _("In another written document")
        ORAL = "oral", _("Orally")

    name = models.CharField(
        _("name"),
        max_length=150,
        help_text=_("The organisation's name as it wants to be named, e.g. its unit's name."),
    )
    sector = models.CharField(
        _("sector"),
        max_length=100,
        blank=True,
        help_text=_("E.g. hyvinvointialue, kunta, järjestö or yritys."),
    )
    logo = models.ForeignKey(
        Image,
        verbose_name=_("logo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "Optional, and only with the organisation's permission to show it. Choose an image "
            "from Images, or add one with +. Shown small, in its own shape, on white."
        ),
    )
    permission_date = models.DateField(_("permission given on"), null=True, blank=True)
    permission_way = models.CharField(
        _("how permission was given"),
        max_length=20,
        choices=PermissionWay.choices,
        blank=True,
        help_text=_("Required before publishing."),
    )
    permission_note = models.CharField(
        _("note on the permission"),
        max_length=300,
        blank=True,
        help_text=_("For staff only, e.g. who gave the permission. Not shown on the site."),
    )
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_("Only an organisation whose permission is recorded can be published."),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    is_example = models.BooleanField(_("example"), default=False, help_text=EXAMPLE_HELP)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = ClientOrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("client organisation")
        verbose_name_plural = _("client organisations")
        constraints = [published_with_permission("clientorganisation_published_with_permission")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("services:home")

    def clean(self):
        errors = self.permission_errors()
        if self.permission_date and self.permission_date > timezone.localdate():
            errors["permission_date"] = _("The date of the permission cannot be in the future.")
        if errors:
            raise ValidationError(errors)
