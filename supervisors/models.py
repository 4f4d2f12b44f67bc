from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext_lazy as _

from images.models import MARKDOWN_TOKEN_HELP, Image
from services import markdown
from services.models import MARKDOWN_HELP, Publishable, SupervisionForm


class Language(models.TextChoices):
    """Working languages, by their ISO 639-1 codes (schema.org knowsLanguage)."""

    FINNISH = "fi", _("Finnish")
    SWEDISH = "sv", _("Swedish")
    ENGLISH = "en", _("English")
    NORTHERN_SAMI = "se", _("Northern Sami")
    ESTONIAN = "et", _("Estonian")
    RUSSIAN = "ru", _("Russian")
    GERMAN = "de", _("German")
    FRENCH = "fr", _("French")
    SPANISH = "es", _("Spanish")


def _split(text):
    return [part.strip() for part in text.split(",") if part.strip()]


def sector_key(name):
    """
    A sector as a choice and in an address: "Järjestöt" and "järjestöt " are both "jarjestot",
    so a sector matches however a supervisor's profile capitalises or spaces it.
    """
    return slugify(name)


class Supervisor(Publishable):
    """A supervisor of the consultancy, with a public profile at /tyonohjaajat/<slug>/."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_("The last part of the profile address, e.g. anna-esimerkki."),
    )
    photo = models.ForeignKey(
        Image,
        verbose_name=_("photo"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Choose an image from Images, or add one with +. Shown square."),
    )
    role = models.CharField(
        _("role"),
        max_length=200,
        help_text=_("One line under the name, e.g. Työnohjaaja (STOry), psykoterapeutti."),
    )
    introduction = models.TextField(
        _("short introduction"),
        max_length=400,
        help_text=_("Two or three sentences, shown on the card and at the top of the profile."),
    )
    body = models.TextField(
        _("profile text"),
        blank=True,
        help_text=format_lazy("{} {}", MARKDOWN_HELP, MARKDOWN_TOKEN_HELP),
    )
    sectors = models.CharField(
        _("sectors"),
        max_length=300,
        blank=True,
        help_text=_("Sectors they know, separated by commas, e.g. sosiaaliala, terveydenhuolto."),
    )
    languages = models.JSONField(_("working languages"), default=list, blank=True)
    places = models.CharField(
        _("places on site"),
        max_length=300,
        blank=True,
        help_text=_("Where they meet on site, separated by commas, e.g. Helsinki, Espoo."),
    )
    works_remotely = models.BooleanField(
        _("remote sessions"), default=True, help_text=_("Offers sessions by video call.")
    )
    forms = models.ManyToManyField(
        SupervisionForm,
        verbose_name=_("forms of supervision offered"),
        blank=True,
        related_name="supervisors",
    )
    email = models.EmailField(_("public email"), blank=True)
    phone = models.CharField(_("public phone"), max_length=40, blank=True)
    is_example = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_(
            "Example content for development, not a real person. `check --deploy` warns while "
            "an example is published."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("supervisor")
        verbose_name_plural = _("supervisors")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("supervisors:detail", args=[self.slug])

    @cached_property
    def rendered_body(self):
        return markdown.render(self.body)[0]

    @property
    def sector_list(self):
        return _split(self.sectors)

    def works_in(self, sector):
        """Whether the profile lists ``sector`` (a sector_key) among the sectors they know."""
        return bool(sector) and sector in {sector_key(name) for name in self.sector_list}

    def offers(self, form_id):
        """Whether they offer the form of supervision ``form_id`` (forms prefetched, ideally)."""
        return form_id is not None and any(form.pk == form_id for form in self.forms.all())

    @property
    def place_list(self):
        return _split(self.places)

    @property
    def language_names(self):
        names = dict(Language.choices)
        return [str(names[code]) for code in self.languages if code in names]

    @property
    def phone_uri(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class Credential(models.Model):
    """A degree, training or registration of a supervisor, shown on the profile."""

    supervisor = models.ForeignKey(Supervisor, on_delete=models.CASCADE, related_name="credentials")
    title = models.CharField(
        _("title"), max_length=200, help_text=_("E.g. Työnohjaajakoulutus (STOry-hyväksytty).")
    )
    issuer = models.CharField(
        _("issuer"), max_length=200, blank=True, help_text=_("Who granted it, e.g. a university.")
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    verification_url = models.URLField(
        _("verification link"),
        blank=True,
        help_text=_("A public register where anyone can check it, e.g. Valvira's JulkiTerhikki."),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("credential")
        verbose_name_plural = _("credentials")

    def __str__(self):
        return self.title
