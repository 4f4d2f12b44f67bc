"""
The supplier sheet (toimittajatiedot) a public buyer asks for, built from the data alone.

``SupplierSheet`` is the one place that decides what the sheet says: the company's details,
each published supervisor's qualifications and the lots (forms of supervision) they cover,
the published prices without VAT and the published terms. The buyers' page, the printable
sheet and the PDF (``supplier_sheet_pdf``) only lay it out, so a new fact is one more
``Fact`` here and every one of them shows it. Nothing is written here that the data does not
say: a missing value leaves its line out.

Each part is read when it is first used, so a page that shows only some of them (the buyers'
page: the company and the lots) costs only their queries.
"""

from dataclasses import dataclass

from django.db.models import Prefetch, prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.structured_data import absolute
from images.models import Image
from pricing.models import PriceRow, PriceTerm
from pricing.terms import published_terms
from services.models import Page, SiteDetails, SupervisionForm
from supervisors.models import Credential, Sector, Supervisor

# Everything a sheet shows (the terms' texts link to pages and forms): a sheet drawn once is
# kept until one of these changes (core.parts).
KINDS = (
    SiteDetails,
    Supervisor,
    Credential,
    Sector,
    SupervisionForm,
    PriceRow,
    PriceTerm,
    Image,
    Page,
)


@dataclass(frozen=True)
class Value:
    """One line of a fact, with the address where it can be read or checked, if any."""

    text: str
    # An address: a path of this site ("/palvelut/…/") or a full one (mailto:, a register).
    url: str = ""
    # What the link is, when it is not the text itself (e.g. "Julkinen rekisteri").
    url_label: str = ""


@dataclass(frozen=True)
class Fact:
    label: str
    values: tuple

    @classmethod
    def of(cls, label, *values):
        """A fact of plain texts and Values; None when none of them has any text."""
        lines = tuple(
            value if isinstance(value, Value) else Value(str(value)) for value in values if value
        )
        lines = tuple(line for line in lines if line.text)
        return cls(label, lines) if lines else None


def facts(*candidates):
    """The facts that have a value, in the order given."""
    return [fact for fact in candidates if fact is not None]


@dataclass(frozen=True)
class SupervisorEntry:
    name: str
    role: str
    url: str
    facts: list


@dataclass(frozen=True)
class Lot:
    """A form of supervision as a lot of a tender, with the supervisors who offer it."""

    name: str
    url: str
    supervisors: tuple


@dataclass(frozen=True)
class PriceLine:
    what: str
    unit: str
    net: str
    rate: str
    notes: tuple


@dataclass(frozen=True)
class Term:
    title: str
    html: str


def company_facts(site):
    """The company's details, as a buyer records a supplier."""
    address = " ".join(part for part in (site.postal_code, site.city) if part)
    return facts(
        Fact.of(_("Legal name"), site.legal_name),
        Fact.of(_("Trading name"), site.trading_name),
        Fact.of(_("Business ID"), site.business_id),
        Fact.of(_("VAT register"), _vat_registration(site)),
        Fact.of(_("Address"), ", ".join(part for part in (site.street_address, address) if part)),
        Fact.of(_("Email"), Value(site.email, f"mailto:{site.email}") if site.email else ""),
        Fact.of(_("Phone"), Value(site.phone, site.phone_uri) if site.phone else ""),
        Fact.of(_("E-invoice address"), site.einvoice_address),
        Fact.of(_("E-invoice operator"), site.einvoice_operator),
        Fact.of(_("Service area"), site.service_area),
        Fact.of(_("Website"), Value(absolute("/").rstrip("/"), absolute("/"))),
    )


def _vat_registration(site):
    if site.vat_registered is None:
        return ""
    if site.vat_registered:
        return _("Registered for VAT (VAT number %(number)s)") % {"number": site.vat_number}
    return _("Not registered for VAT")


def _credential(credential):
    details = ", ".join(
        str(part) for part in (credential.issuer, credential.year) if part not in ("", None)
    )
    text = f"{credential.title} ({details})" if details else credential.title
    return Value(text, credential.verification_url, _("Public register"))


def _years(supervisor):
    if supervisor.supervising_since is None:
        return ""
    return ngettext(
        "%(year)s (%(years)s year)", "%(year)s (%(years)s years)", supervisor.years_supervising
    ) % {"year": supervisor.supervising_since, "years": supervisor.years_supervising}


def supervisor_facts(supervisor):
    """What a buyer compares of one supervisor, in the order the sheet shows it."""
    on_site = (
        _("On site: %(places)s") % {"places": ", ".join(supervisor.place_list)}
        if supervisor.place_list
        else _("On site: by agreement")
    )
    remote = _("Remote sessions: yes") if supervisor.works_remotely else _("Remote sessions: no")
    return facts(
        Fact.of(
            _("Supervisor training"),
            *(
                Value(training.summary, training.verification_url, _("Public register"))
                for training in supervisor.supervisor_trainings
            ),
        ),
        Fact.of(
            _("STOry membership"),
            Value(_("Member of STOry"), supervisor.story_register_link, _("Member register"))
            if supervisor.story_member
            else "",
        ),
        Fact.of(_("Supervising since"), _years(supervisor)),
        Fact.of(
            _("Professional background"),
            *map(_credential, supervisor.professional_background),
        ),
        Fact.of(_("Methods"), ", ".join(supervisor.method_list)),
        Fact.of(
            _("Lots (forms of supervision)"),
            *(Value(form.name, form.get_absolute_url()) for form in supervisor.forms.all()),
        ),
        Fact.of(_("Sectors"), ", ".join(supervisor.sector_list)),
        Fact.of(_("Working languages"), ", ".join(supervisor.language_names)),
        Fact.of(_("Where"), on_site, remote),
        Fact.of(
            _("Contact"),
            Value(supervisor.email, f"mailto:{supervisor.email}") if supervisor.email else "",
            Value(supervisor.phone, supervisor.phone_uri) if supervisor.phone else "",
        ),
    )


class SupplierSheet:
    """The sheet's parts, each read from the database when first used."""

    kinds = KINDS

    @cached_property
    def site(self):
        # The same cached record every footer shows: no query of its own on a warm page.
        return SiteDetails.current()

    @property
    def company_name(self):
        return self.site.controller_name

    @cached_property
    def company(self):
        return company_facts(self.site)

    @cached_property
    def _supervisors(self):
        published_forms = SupervisionForm.objects.published()
        return list(
            Supervisor.objects.published().prefetch_related(
                Prefetch("forms", queryset=published_forms)
            )
        )

    @cached_property
    def supervisors(self):
        # Their credentials only here: the lots need the supervisors and forms alone.
        prefetch_related_objects(self._supervisors, "credentials", "sectors")
        return [
            SupervisorEntry(
                name=supervisor.name,
                role=supervisor.role,
                url=supervisor.get_absolute_url(),
                facts=supervisor_facts(supervisor),
            )
            for supervisor in self._supervisors
        ]

    @cached_property
    def lots(self):
        """The published forms that at least one published supervisor offers, in order."""
        forms = {}
        for supervisor in self._supervisors:
            for form in supervisor.forms.all():
                forms.setdefault(form.pk, (form, []))[1].append(supervisor.name)
        ordered = sorted(forms.values(), key=lambda pair: (pair[0].order, pair[0].name))
        return [Lot(form.name, form.get_absolute_url(), tuple(names)) for form, names in ordered]

    @cached_property
    def _price_rows(self):
        return list(PriceRow.objects.published())

    @cached_property
    def prices(self):
        lines = []
        for row in self._price_rows:
            price = row.amount
            notes = (row.vat_note if price.is_exempt else "", row.notes)
            lines.append(
                PriceLine(
                    what=row.what,
                    unit=row.unit,
                    net=price.net_text,
                    rate=price.rate_text,
                    notes=tuple(note for note in notes if note),
                )
            )
        return lines

    @cached_property
    def _terms(self):
        return published_terms()

    @cached_property
    def terms(self):
        return [Term(term.title, term.body_html) for term in self._terms]

    @cached_property
    def updated(self):
        """When anything the sheet shows last changed (None for an empty, unsaved record)."""
        times = [
            self.site.updated_at,
            *(supervisor.updated_at for supervisor in self._supervisors),
            *(form.updated_at for entry in self._supervisors for form in entry.forms.all()),
            *(row.updated_at for row in self._price_rows),
            *(term.updated_at for term in self._terms),
        ]
        times = [time for time in times if time is not None]
        return max(times) if times else None
