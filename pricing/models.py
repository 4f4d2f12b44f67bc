import statistics

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import OuterRef, Q, Subquery
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.examples import EXAMPLE_HELP
from core.translations import in_current_language
from services import markdown
from services.models import MARKDOWN_HELP, Publishable, PublishedQuerySet, SupervisionForm

from .vat import DEFAULT_RATE, Price, VatRate


class PriceRowQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def lowest_per_form(self):
        """
        Annotations for a SupervisionForm queryset: its lowest published price ("alkaen").

        Used as ``forms.annotate(**PriceRow.objects.lowest_per_form())`` so that a form page
        gets its price in the same query as the form.
        """
        lowest = self.published().filter(form=OuterRef("pk")).order_by("price", "order")
        return {
            "from_price_net": Subquery(lowest.values("price")[:1]),
            "from_price_rate": Subquery(lowest.values("vat_rate")[:1]),
            "from_price_unit": Subquery(
                lowest.annotate(shown=in_current_language("unit")).values("shown")[:1]
            ),
        }


class PriceRow(Publishable):
    """One line of the price list: what is sold, per what unit, at what price."""

    # A price this many times the median of its kind, or this fraction of it, is probably a
    # typing error (a decimal comma lost: 95,50 → 9550), and staff are asked to confirm it.
    UNUSUAL_FACTOR = 10

    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_(
            "A new price is saved hidden from the public price list until you tick this, "
            "so you can check it first."
        ),
    )
    what = models.CharField(
        _("what"), max_length=200, help_text=_("E.g. Yksilötyönohjaus or Kartoituskerta.")
    )
    form = models.ForeignKey(
        SupervisionForm,
        verbose_name=_("form of supervision"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="price_rows",
        help_text=_("Optional. The form's page shows its lowest price as “alkaen” and links here."),
    )
    unit = models.CharField(
        _("unit"), max_length=100, help_text=_("E.g. istunto 90 min or ryhmä, 120 min.")
    )
    price = models.DecimalField(
        _("price without VAT (€)"),
        max_digits=9,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    vat_rate = models.CharField(
        _("VAT rate"), max_length=4, choices=VatRate.choices, default=DEFAULT_RATE
    )
    vat_note = models.CharField(
        _("VAT note"),
        max_length=300,
        blank=True,
        help_text=_("Required with VAT 0 %: why the service is exempt from VAT."),
    )
    notes = models.TextField(
        _("notes"), blank=True, max_length=600, help_text=_("Shown under the price.")
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    is_example = models.BooleanField(_("example"), default=False, help_text=EXAMPLE_HELP)

    objects = PriceRowQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("price")
        verbose_name_plural = _("prices")
        constraints = [
            # The note in Finnish, the language every text has (modeltranslation: the other
            # languages fall back to it).
            models.CheckConstraint(
                condition=~Q(vat_rate=VatRate.EXEMPT)
                | (Q(vat_note_fi__isnull=False) & ~Q(vat_note_fi="")),
                name="price_row_exempt_needs_finnish_note",
            ),
        ]

    def __str__(self):
        return f"{self.what}, {self.unit}"

    def get_absolute_url(self):
        return reverse("pricing:prices")

    def clean(self):
        self.vat_note = self.vat_note.strip()
        if self.vat_rate == VatRate.EXEMPT and not self.vat_note:
            raise ValidationError(
                {"vat_note": _("A price with VAT 0 % needs a note saying why it is exempt.")}
            )

    @property
    def amount(self):
        return Price(self.price, self.vat_rate)

    def median_of_kind(self):
        """
        The median price of the other rows of this row's form of supervision (of all other
        rows when it has no form, or its form has no other rows), or None without others.
        """
        others = PriceRow.objects.exclude(pk=self.pk)
        prices = []
        if self.form_id is not None:
            prices = list(others.filter(form=self.form_id).values_list("price", flat=True))
        if not prices:
            prices = list(others.values_list("price", flat=True))
        return statistics.median(prices) if prices else None

    def unusual_price_median(self):
        """The median this row's price is far from (ten times or a tenth), or None if not."""
        median = self.median_of_kind()
        if not median or self.price is None:
            return None
        if self.price > median * self.UNUSUAL_FACTOR or self.price * self.UNUSUAL_FACTOR < median:
            return median
        return None


class PriceTermQuerySet(PublishedQuerySet):
    def kinds(self):
        """The set of kinds these terms cover."""
        return set(self.values_list("kind", flat=True).distinct())


class PriceTerm(Publishable):
    """A term shown beside the prices: cancellation, travel costs, invoicing, remote sessions."""

    class Kind(models.TextChoices):
        CANCELLATION = "cancellation", _("Cancellation terms")
        TRAVEL = "travel", _("Travel costs")
        INVOICING = "invoicing", _("Invoicing terms")
        OTHER = "other", _("Other term")

    # The kinds a complete offer states; the site promises none of them until it is published.
    REQUIRED_KINDS = (Kind.CANCELLATION, Kind.TRAVEL, Kind.INVOICING)

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=Kind.choices,
        default=Kind.OTHER,
        help_text=_(
            "What the term is about. Pages and search descriptions mention cancellation, "
            "travel and invoicing terms only once a published term of that kind exists."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=100,
        help_text=_("E.g. Peruutusehdot, Matkakulut, Laskutus, Etäistunnot."),
    )
    body = models.TextField(_("text"), help_text=MARKDOWN_HELP)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    objects = PriceTermQuerySet.as_manager()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("price term")
        verbose_name_plural = _("price terms")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("pricing:prices")

    @cached_property
    def body_html(self):
        return markdown.render(self.body)[0]


def form_from_price(form):
    """The lowest price of a form annotated by ``lowest_per_form``, as a Price, or None."""
    net = getattr(form, "from_price_net", None)
    if net is None:
        return None
    return Price(net, form.from_price_rate)
