import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from . import markdown

MARKDOWN_HELP = _(
    "Markdown: an empty line starts a new paragraph; ## Heading makes a section heading "
    "(long pages get a table of contents from these); **bold**, *italic*; a line starting "
    "with - makes a bullet list; [link text](/ota-yhteytta/) makes a link. HTML is removed."
)


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """Return only the items the public may see."""
        return self.filter(published=True)


class Publishable(models.Model):
    published = models.BooleanField(
        _("published"),
        default=True,
        help_text=_("Unpublished items are hidden from the public site (they get a 404 page)."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = PublishedQuerySet.as_manager()

    class Meta:
        abstract = True


class TranslatedAddress(models.Model):
    """
    An item's address in Swedish and English (``slug_sv``, ``slug_en``), beside its Finnish
    ``slug``, which also names the item in the code and stays the same in every language. An
    empty one uses the Finnish address under /sv/ or /en/.
    """

    slug_sv = models.SlugField(
        _("address in Swedish"),
        max_length=100,
        blank=True,
        help_text=_("The address under /sv/; empty: the Finnish one."),
    )
    slug_en = models.SlugField(
        _("address in English"),
        max_length=100,
        blank=True,
        help_text=_("The address under /en/; empty: the Finnish one."),
    )

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=[f"slug_{code}"],
                condition=~Q(**{f"slug_{code}": ""}),
                name=f"%(app_label)s_%(class)s_unique_slug_{code}",
            )
            for code in ("sv", "en")
        ]

    def address_slug(self, language=None):
        """The last part of the item's address in ``language`` (the request's by default)."""
        language = language or translation.get_language()
        if language == settings.LANGUAGE_CODE:
            return self.slug
        return getattr(self, f"slug_{language}", "") or self.slug

    @classmethod
    def at_address(cls, queryset, slug):
        """
        The items of ``queryset`` whose address in the request's language is ``slug``, or
        whose Finnish one is (a Finnish address typed under /sv/ still finds its item; the
        view then redirects to the item's own address), the first by its own.
        """
        language = translation.get_language()
        if language == settings.LANGUAGE_CODE:
            return queryset.filter(slug=slug)
        own = f"slug_{language}"
        return queryset.filter(Q(**{own: slug}) | Q(slug=slug)).order_by(
            models.Case(models.When(**{own: slug}, then=0), default=1)
        )


class SupervisionForm(TranslatedAddress, Publishable):
    """One form of supervision the consultancy offers, such as individual or group supervision."""

    class Format(models.TextChoices):
        INDIVIDUAL = "individual", _("One person")
        GROUP = "group", _("A group")
        COMMUNITY = "community", _("A whole work community")
        EITHER = "either", _("One person or a group")

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_(
            "The last part of the page address, e.g. yksilotyonohjaus. "
            "Letters a–z, digits and hyphens."
        ),
    )
    summary = models.TextField(
        _("short summary"),
        max_length=300,
        help_text=_(
            "One or two sentences shown on the cards of the home page and the service list."
        ),
    )
    audience = models.TextField(
        _("who it is for"),
        max_length=500,
        help_text=_("Who this form of supervision suits, in a sentence or two."),
    )
    format = models.CharField(
        _("format"), max_length=20, choices=Format.choices, default=Format.INDIVIDUAL
    )
    session_length = models.CharField(
        _("session length"),
        max_length=100,
        blank=True,
        help_text=_("How long one session lasts, e.g. Yleensä 90–120 minuuttia."),
    )
    frequency = models.CharField(
        _("how often"),
        max_length=150,
        blank=True,
        help_text=_("How often sessions are held, e.g. Tavallisesti muutaman viikon välein."),
    )
    participants = models.CharField(
        _("who takes part"),
        max_length=150,
        blank=True,
        help_text=_("Who takes part and the group size, e.g. Työryhmä tai tiimi."),
    )
    body = models.TextField(_("body"), blank=True, help_text=MARKDOWN_HELP)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    # Addresses this form had before; the old address redirects permanently to the new one.
    FORMER_SLUGS = {"esimiesten-tyonohjaus": "esihenkiloiden-tyonohjaus"}
    # The formats that can be for a group (the contact form then asks the group's size).
    GROUP_FORMATS = {Format.GROUP, Format.COMMUNITY, Format.EITHER}

    class Meta(TranslatedAddress.Meta):
        ordering = ["order", "name"]
        verbose_name = _("supervision form")
        verbose_name_plural = _("supervision forms")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("services:form_detail", args=[self.address_slug()])

    @cached_property
    def rendered_body(self):
        return markdown.render(self.body)

    @property
    def name_elative(self):
        """
        The name in the elative case for a link about the form ("yksilötyönohjauksesta"), or ""
        when the name does not end in "-ohjaus", the one ending this can inflect.
        """
        if not self.name.endswith("ohjaus"):
            return ""
        return self.name[:1].lower() + self.name[1:-1] + "ksesta"


class KeyQuestion(Publishable):
    """One of the key questions of developing work that shape the consultancy's approach."""

    theme = models.CharField(
        _("theme"), max_length=60, help_text=_("A short name for the question, e.g. Perustehtävä.")
    )
    question = models.CharField(_("question"), max_length=300)
    order = models.PositiveIntegerField(_("order"), default=0, db_index=True)

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = _("key question")
        verbose_name_plural = _("key questions")

    def __str__(self):
        return self.question

    def get_absolute_url(self):
        return reverse("services:approach")


class Page(TranslatedAddress, Publishable):
    """A page of running text, such as the approach or the privacy statement."""

    class Layout(models.TextChoices):
        ARTICLE = "article", _("Article")
        SLIDES = "slides", _("Slide presentation (each ## heading starts a slide)")

    slug = models.SlugField(
        _("address"),
        max_length=100,
        unique=True,
        help_text=_("The page address, e.g. tietosuoja for /tietosuoja/."),
    )
    title = models.CharField(_("title"), max_length=200)
    lead = models.TextField(
        _("lead"),
        max_length=600,
        blank=True,
        help_text=_("A short introduction shown under the title."),
    )
    body = models.TextField(_("body"), blank=True, help_text=MARKDOWN_HELP)
    meta_description = models.CharField(
        _("description for search engines"),
        max_length=300,
        help_text=_("One or two sentences shown in search results (about 120–160 characters)."),
    )
    layout = models.CharField(
        _("layout"), max_length=20, choices=Layout.choices, default=Layout.ARTICLE
    )
    show_call_to_action = models.BooleanField(
        _("show the contact invitation"),
        default=True,
        help_text=_("Show the “Laita viestiä” box at the end of the page."),
    )

    HOME_SLUG = "etusivu"
    SERVICES_SLUG = "palvelut"
    APPROACH_SLUG = "tyootteemme"
    CONTACT_SLUG = "ota-yhteytta"
    THANKS_SLUG = "kiitos"
    MAP_SLUG = "tyoyhteisokartta"
    PRICES_SLUG = "hinnat"
    FAQ_SLUG = "usein-kysyttya"
    START_SLUG = "nain-aloitamme"
    ETHICS_SLUG = "luottamuksellisuus"
    # Pages shown by a view of their own, at these URLs, rather than at /<slug>/.
    OWN_URLS = {
        HOME_SLUG: "services:home",
        SERVICES_SLUG: "services:form_list",
        APPROACH_SLUG: "services:approach",
        CONTACT_SLUG: "contact:form",
        THANKS_SLUG: "contact:thanks",
        MAP_SLUG: "community_map:questionnaire",
        PRICES_SLUG: "pricing:prices",
        FAQ_SLUG: "faq:questions",
    }
    TABLE_OF_CONTENTS_MIN_HEADINGS = 3

    class Meta(TranslatedAddress.Meta):
        ordering = ["title"]
        verbose_name = _("page")
        verbose_name_plural = _("pages")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        if self.slug in self.OWN_URLS:
            return reverse(self.OWN_URLS[self.slug])
        return reverse("services:page", args=[self.address_slug()])

    @cached_property
    def rendered_body(self):
        return markdown.render(self.body)

    def with_rendered_body(self):
        """Render the Markdown body now and return the page: a cached copy then carries it."""
        _ = self.rendered_body  # kept on the instance by cached_property, and so in its pickle
        return self

    @property
    def body_html(self):
        return self.rendered_body[0]

    @property
    def headings(self):
        return self.rendered_body[1]

    @property
    def has_table_of_contents(self):
        return len(self.headings) >= self.TABLE_OF_CONTENTS_MIN_HEADINGS

    @cached_property
    def slides(self):
        """Split the body at its ## headings into slides of ``{"title", "html"}``."""
        body = self.body.replace("\r\n", "\n")
        intro, *pairs = re.split(r"^##[ \t]+(.+?)[ \t#]*$", body, flags=re.MULTILINE)
        slides = [
            {"title": title, "html": markdown.render(text)[0]}
            for title, text in zip(pairs[::2], pairs[1::2], strict=True)
        ]
        if intro.strip():
            slides.insert(0, {"title": self.title, "html": markdown.render(intro)[0]})
        return slides


class SiteDetails(models.Model):
    """The consultancy's name and contact details: a single record, shown in every footer."""

    SINGLETON_PK = 1

    name = models.CharField(_("site name"), max_length=100)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    email = models.EmailField(_("email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    street_address = models.CharField(_("street address"), max_length=200, blank=True)
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    business_id = models.CharField(
        _("business ID"), max_length=9, blank=True, help_text=_("Y-tunnus, e.g. 1234567-8.")
    )
    legal_name = models.CharField(
        _("legal name"),
        max_length=200,
        blank=True,
        help_text=_(
            "The company's registered name, e.g. Työnohjaus Esimerkki Oy. Named as the "
            "controller in the privacy statement; the site name is used while this is empty."
        ),
    )
    einvoice_address = models.CharField(
        _("e-invoice address"),
        max_length=35,
        blank=True,
        help_text=_("Verkkolaskuosoite (OVT or IBAN), shown with the prices."),
    )
    einvoice_operator = models.CharField(
        _("e-invoice operator"),
        max_length=100,
        blank=True,
        help_text=_("The operator and its identifier, e.g. Operaattori Oy (003712345678)."),
    )
    trading_name = models.CharField(
        _("trading name"),
        max_length=200,
        blank=True,
        help_text=_(
            "Aputoiminimi: a further name registered for the company in the Trade Register, "
            "shown beside the legal name. Leave empty if there is none; the site name above "
            "is the name the site markets itself by."
        ),
    )
    vat_registered = models.BooleanField(
        _("VAT register"),
        null=True,
        blank=True,
        choices=[
            (True, _("Registered for VAT")),
            (False, _("Not registered for VAT")),
        ],
        help_text=_(
            "Whether the company is entered in the VAT register (arvonlisäverorekisteri). "
            "Each price states its own VAT rate: a company not in the register enters its "
            "prices with VAT 0 % and the reason in the VAT note."
        ),
    )
    service_area = models.CharField(
        _("service area"),
        max_length=200,
        blank=True,
        help_text=_("Where sessions are held on site, e.g. Uusimaa; remote sessions anywhere."),
    )
    crisis_note = models.TextField(
        _("note for an acute crisis"),
        max_length=1000,
        blank=True,
        help_text=_(
            "Shown first on a work community map result when the respondent agrees with a "
            "statement about an acute crisis: where to get help at once. Plain text."
        ),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("site details")
        verbose_name_plural = _("site details")
        constraints = [
            models.CheckConstraint(condition=models.Q(pk=1), name="site_details_single_row"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = self.SINGLETON_PK
        super().save(*args, **kwargs)

    def clean(self):
        if self.business_id and not is_valid_business_id(self.business_id):
            raise ValidationError(
                {"business_id": _("Enter a valid business ID in the form 1234567-8.")}
            )

    @classmethod
    def load(cls):
        """Return the site details, or an unsaved empty record if none exist yet."""
        return cls.objects.filter(pk=cls.SINGLETON_PK).first() or cls()

    @classmethod
    def current(cls):
        """``load()``, kept in the shared cache until the details change: every page shows them."""
        from core.parts import cached_part

        return cached_part("site-details", (cls,), cls.load)

    @property
    def controller_name(self):
        """The name the privacy statement gives as the controller (rekisterinpitäjä)."""
        return self.legal_name or self.name

    # The placeholders the first migration seeds, for staff to replace before going live.
    PLACEHOLDER_EMAIL_DOMAIN = "example.com"
    PLACEHOLDER_STREET = "Esimerkkikatu"
    PLACEHOLDER_PHONE = "+358 40 123 4567"
    PLACEHOLDER_NAME = "Työnohjaus"
    # Example company details (services/examples.py) carry this word or these values.
    EXAMPLE_WORD = "esimerkki"
    EXAMPLE_BUSINESS_ID = "1234567-1"
    EXAMPLE_EINVOICE_ADDRESS = "003712345671"
    # What a buyer needs to choose and pay the company, in the order the details are shown.
    # The trading name is optional: it counts only while it is a placeholder.
    BUYER_FIELDS = (
        "name",
        "legal_name",
        "business_id",
        "vat_registered",
        "einvoice_address",
        "einvoice_operator",
    )

    @property
    def placeholder_fields(self):
        """The contact details that still hold the seeded placeholders."""
        checks = {
            "email": self.email.lower().endswith("@" + self.PLACEHOLDER_EMAIL_DOMAIN),
            "street_address": self.PLACEHOLDER_STREET.lower() in self.street_address.lower(),
            "phone": self.phone.replace(" ", "") == self.PLACEHOLDER_PHONE.replace(" ", ""),
        }
        return [name for name, is_placeholder in checks.items() if is_placeholder]

    def _is_example(self, value):
        return self.EXAMPLE_WORD in value.lower()

    @property
    def company_placeholder_fields(self):
        """The company details that are filled in but still hold a placeholder or an example."""
        checks = {
            "name": self.name.strip() == self.PLACEHOLDER_NAME,
            "legal_name": self.legal_name.strip() == self.PLACEHOLDER_NAME
            or self._is_example(self.legal_name),
            "trading_name": self._is_example(self.trading_name),
            "business_id": self.business_id == self.EXAMPLE_BUSINESS_ID,
            "einvoice_address": self.einvoice_address.replace(" ", "")
            == self.EXAMPLE_EINVOICE_ADDRESS,
            "einvoice_operator": self._is_example(self.einvoice_operator),
        }
        return [name for name, is_placeholder in checks.items() if is_placeholder]

    @property
    def missing_company_details(self):
        """
        The company details a buyer needs that are empty or still placeholders, as field
        names in the order they are shown (the VAT register counts once decided either way).
        """
        placeholders = set(self.company_placeholder_fields)
        missing = []
        for name in (*self.BUYER_FIELDS, "trading_name"):
            value = getattr(self, name)
            empty = value is None if name == "vat_registered" else not value.strip()
            if name in placeholders or (empty and name != "trading_name"):
                missing.append(name)
        return missing

    @property
    def vat_number(self):
        """The VAT number (ALV-numero, FI and the business ID's digits) when registered."""
        if not self.vat_registered or not self.business_id:
            return ""
        return "FI" + self.business_id.replace("-", "")

    @property
    def has_company_details(self):
        """Whether any company detail is entered, so that a page has a block to show."""
        return bool(
            self.legal_name
            or self.business_id
            or self.einvoice_address
            or self.vat_registered is not None
        )

    @property
    def phone_uri(self):
        return "tel:" + "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")


def is_valid_business_id(value):
    """Check a Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit."""
    if len(value) != 9 or value[7] != "-" or not (value[:7] + value[8]).isdigit():
        return False
    weights = (7, 9, 10, 5, 8, 4, 2)
    remainder = (
        sum(int(digit) * weight for digit, weight in zip(value[:7], weights, strict=True)) % 11
    )
    if remainder == 1:
        return False
    check = 0 if remainder == 0 else 11 - remainder
    return int(value[8]) == check
