from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import format_lazy, slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.page_cache import cached_content
from images.models import MARKDOWN_TOKEN_HELP, Image
from services import markdown
from services.models import MARKDOWN_HELP, Publishable, PublishedQuerySet, SupervisionForm


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
    so a sector matches however it is capitalised or spaced.
    """
    return slugify(name)


# The sector a client may always choose on the booking and contact forms (matching.py).
OTHER_SECTOR = "muu"
EARLIEST_YEAR = 1950
# Supervisor trainings are typically 60 op; a whole master's degree is 120, a doctorate 240.
MOST_CREDITS = 400


def validate_not_future_year(year):
    if year is not None and year > timezone.localdate().year:
        raise ValidationError(
            _("The year cannot be in the future (at most %(year)s)."),
            code="future_year",
            params={"year": timezone.localdate().year},
        )


YEAR_VALIDATORS = [
    MinValueValidator(EARLIEST_YEAR, message=_("Give a year from %(limit_value)s onwards.")),
    validate_not_future_year,
]


class Sector(models.Model):
    """
    A sector a supervisor knows (sosiaaliala, opetusala, …): one list shared by the profiles,
    the filters of /tyonohjaajat/ and the sector a client chooses when booking or writing.
    """

    name = models.CharField(_("name"), max_length=100, unique=True)
    slug = models.SlugField(
        _("address key"),
        max_length=100,
        unique=True,
        help_text=_(
            "The sector in addresses, e.g. /tyonohjaajat/?ala=sosiaaliala. Made from the name; "
            "changing it breaks links that use the old one."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = _("sector")
        verbose_name_plural = _("sectors")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = sector_key(self.name)
        if self._state.adding and not self.order:  # a new sector goes to the end of the list
            last = Sector.objects.aggregate(last=models.Max("order"))["last"]
            self.order = 0 if last is None else last + 1
        super().save(*args, **kwargs)

    def clean(self):
        if not self.slug:
            self.slug = sector_key(self.name)
        if self.slug == OTHER_SECTOR:
            raise ValidationError(
                {"slug": _("“muu” is reserved: the forms always offer “Muu” (other) themselves.")}
            )

    @classmethod
    def for_names(cls, names):
        """The sectors named ``names`` (any capitalisation), added to the list when new."""
        sectors = []
        for name in names:
            key = sector_key(name)
            if key:
                default_name = name.strip()[:1].upper() + name.strip()[1:]
                sectors.append(
                    cls.objects.get_or_create(slug=key, defaults={"name": default_name})[0]
                )
        return sectors


def sector_keys_by_supervisor():
    """``{supervisor pk: [sector key]}`` of every supervisor, cached for the content version."""

    def compute():
        keys = {}
        through = Supervisor.sectors.through.objects.values_list("supervisor_id", "sector__slug")
        for supervisor_id, key in through:
            keys.setdefault(supervisor_id, []).append(key)
        return keys

    return cached_content("supervisor-sector-keys", compute)


class SupervisorQuerySet(PublishedQuerySet):
    def with_qualifications(self):
        """
        With everything a card, the filters or a supplier sheet show, in a fixed number of
        queries: the photo, the published forms they offer, their sectors and credentials.
        """
        published_forms = SupervisionForm.objects.published()
        return self.select_related("photo").prefetch_related(
            models.Prefetch("forms", queryset=published_forms), "sectors", "credentials"
        )


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
    story_member = models.BooleanField(
        _("STOry member"),
        default=False,
        help_text=_(
            "A member of Suomen työnohjaajat ry (STOry), the association of trained "
            "supervisors. Buyers often ask for it."
        ),
    )
    story_register_url = models.URLField(
        _("link to STOry's member register"),
        blank=True,
        help_text=_(
            "Their entry in STOry's public register of supervisors, if there is one, so that "
            "anyone can check the membership. Only for a member."
        ),
    )
    supervising_since = models.PositiveSmallIntegerField(
        _("supervising since"),
        null=True,
        blank=True,
        validators=YEAR_VALIDATORS,
        help_text=_(
            "The year they began to work as a supervisor, shown as “työnohjaajana vuodesta 2012”."
        ),
    )
    sectors = models.ManyToManyField(
        Sector,
        verbose_name=_("sectors"),
        blank=True,
        related_name="supervisors",
        help_text=_(
            "Sectors they know. Visitors filter the supervisors by these, and a client who "
            "names their sector when booking or writing is offered a supervisor who knows it. "
            "Add a missing sector with +."
        ),
    )
    methods = models.CharField(
        _("methods"),
        max_length=300,
        blank=True,
        help_text=_(
            "Methods and approaches, separated by commas, e.g. ratkaisukeskeinen, "
            "dialoginen, toiminnalliset menetelmät."
        ),
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
    # The supervisor's own admin login: they see the supervision processes they lead
    # (processes.models.Process.objects.visible_to). Set by those who manage user accounts.
    account = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="supervisor_profile",
        help_text=_(
            "The supervisor's own login to the admin. With the role Työnohjaaja they see and "
            "edit the supervision processes they lead, and no others."
        ),
    )

    objects = SupervisorQuerySet.as_manager()

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

    def clean(self):
        super().clean()
        if self.story_register_url and not self.story_member:
            raise ValidationError(
                {
                    "story_register_url": _(
                        "Only a STOry member has an entry in the member register: tick "
                        "“STOry member”, or leave the link empty."
                    )
                }
            )

    def _prefetched(self, name):
        return name in getattr(self, "_prefetched_objects_cache", {})

    @property
    def sector_list(self):
        """The names of their sectors, in the sectors' order."""
        return [sector.name for sector in self.sectors.all()]

    @property
    def sector_keys(self):
        if self.pk is None:
            return set()
        if self._prefetched("sectors"):
            return {sector.slug for sector in self.sectors.all()}
        return set(sector_keys_by_supervisor().get(self.pk, ()))

    def works_in(self, sector):
        """
        Whether they know ``sector`` (a Sector's key). Costs no query per supervisor: their
        prefetched sectors, or the keys of everyone's, cached for the content version.
        """
        return bool(sector) and sector in self.sector_keys

    @property
    def form_names(self):
        """The names of the forms of supervision they offer (the published ones when prefetched
        by with_qualifications), e.g. for the lots a supplier sheet lists."""
        return [form.name for form in self.forms.all()]

    def offers(self, form_id):
        """Whether they offer the form of supervision ``form_id`` (forms prefetched, ideally)."""
        return form_id is not None and any(form.pk == form_id for form in self.forms.all())

    def speaks(self, language):
        return language in self.languages

    @property
    def place_list(self):
        return _split(self.places)

    @property
    def method_list(self):
        return _split(self.methods)

    @property
    def language_names(self):
        names = dict(Language.choices)
        return [str(names[code]) for code in self.languages if code in names]

    # Qualifications, as the cards, the profile, the JSON-LD and a supplier sheet show them.
    # With credentials prefetched (Supervisor.objects.with_qualifications()) they cost no query.

    @property
    def supervisor_trainings(self):
        """Their supervisor trainings (Credential rows), in order."""
        return [c for c in self.credentials.all() if c.kind == Credential.Kind.SUPERVISOR_TRAINING]

    @property
    def professional_background(self):
        """Their other professional background: degrees, licences, other trainings."""
        return [c for c in self.credentials.all() if c.kind == Credential.Kind.BACKGROUND]

    @property
    def training_summary(self):
        """Their supervisor trainings in one line, e.g. "Työnohjaajakoulutus, 60 op, X, 2015"."""
        return "; ".join(training.summary for training in self.supervisor_trainings)

    @property
    def years_supervising(self):
        """Whole years since they began supervising, or None when not given."""
        if self.supervising_since is None:
            return None
        return max(timezone.localdate().year - self.supervising_since, 0)

    @property
    def supervising_since_text(self):
        """E.g. "työnohjaajana vuodesta 2012", or "" when not given."""
        if self.supervising_since is None:
            return ""
        return gettext("supervising since %(year)s") % {"year": self.supervising_since}

    @property
    def story_membership_text(self):
        return gettext("Member of Suomen työnohjaajat ry (STOry)") if self.story_member else ""

    @property
    def story_register_link(self):
        """The member register link, shown only while they are a member."""
        return self.story_register_url if self.story_member else ""

    @property
    def phone_uri(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


class Credential(models.Model):
    """
    A supervisor's supervisor training, or other professional background (a degree, a licence
    such as sairaanhoitaja or psykoterapeutti, another training), shown on the profile.
    """

    class Kind(models.TextChoices):
        SUPERVISOR_TRAINING = "supervisor_training", _("Supervisor training")
        BACKGROUND = "background", _("Other professional background")

    supervisor = models.ForeignKey(Supervisor, on_delete=models.CASCADE, related_name="credentials")
    kind = models.CharField(
        _("kind"),
        max_length=30,
        choices=Kind.choices,
        default=Kind.BACKGROUND,
        help_text=_(
            "Supervisor training, or other professional background such as a degree or a "
            "licence (sairaanhoitaja, psykoterapeutti)."
        ),
    )
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("E.g. Työnohjaajakoulutus, or Sairaanhoitaja (AMK)."),
    )
    issuer = models.CharField(
        _("institution"),
        max_length=200,
        blank=True,
        help_text=_("Who gave the training or granted it, e.g. a university."),
    )
    credits = models.PositiveSmallIntegerField(
        _("scope (op)"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(1, message=_("The scope is a positive number of credits (op).")),
            MaxValueValidator(
                MOST_CREDITS, message=_("Give the scope in credits (op), at most %(limit_value)s.")
            ),
        ],
        help_text=_("In opintopiste (op), e.g. 60. Leave empty when it has none."),
    )
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=YEAR_VALIDATORS, help_text=_("Completed in.")
    )
    verification_url = models.URLField(
        _("verification link"),
        blank=True,
        help_text=_(
            "A public register where anyone can check it, e.g. Valvira's JulkiTerhikki for a "
            "licensed health care professional (sairaanhoitaja, psykoterapeutti)."
        ),
    )
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("credential")
        verbose_name_plural = _("credentials")

    def __str__(self):
        return self.title

    @property
    def is_supervisor_training(self):
        return self.kind == self.Kind.SUPERVISOR_TRAINING

    @property
    def credits_text(self):
        return f"{self.credits} op" if self.credits else ""

    @property
    def details(self):
        """What is known besides the title: ``["60 op", "Esimerkkioppilaitos", "2015"]``."""
        return [part for part in (self.credits_text, self.issuer, str(self.year or "")) if part]

    @property
    def summary(self):
        """E.g. "Työnohjaajakoulutus, 60 op, Esimerkkioppilaitos, 2015"."""
        return ", ".join([self.title, *self.details])


def published_with_qualifications():
    """
    The published supervisors with everything their cards, the filters and a supplier sheet
    show (``with_qualifications``), as a list kept until one of them or what they show changes.
    """
    from core.parts import cached_part

    kinds = (Supervisor, Credential, Sector, SupervisionForm, Image)
    return cached_part(
        "supervisors-with-qualifications",
        kinds,
        lambda: list(Supervisor.objects.published().with_qualifications()),
        per_language=False,  # the rows carry every language's texts
    )
