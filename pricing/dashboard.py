"""What is missing for a complete offer, on the admin's front page."""

from django.db.models import Count, Q
from django.urls import reverse
from django.utils.text import get_text_list
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import dashboard
from services.models import SiteDetails

from .models import PriceRow, PriceTerm
from .vat import VatRate

MISSING_KIND = {
    PriceTerm.Kind.CANCELLATION: _("No cancellation terms are published"),
    PriceTerm.Kind.TRAVEL: _("No terms for travel costs are published"),
    PriceTerm.Kind.INVOICING: _("No invoicing terms are published"),
}
PERMISSIONS = ("pricing.change_priceterm", "pricing.change_pricerow", "services.change_sitedetails")


def may_complete_the_offer(user):
    return user.is_active and user.is_staff and any(user.has_perm(name) for name in PERMISSIONS)


def missing_terms():
    """An entry for each kind of term a complete offer states that is not published."""
    written = PriceTerm.objects.values_list("kind", "published").distinct()
    published = {kind for kind, is_published in written if is_published}
    hidden = {kind for kind, is_published in written if not is_published}
    entries = []
    for kind in PriceTerm.REQUIRED_KINDS:
        if kind in published:
            continue
        url = reverse("admin:pricing_priceterm_add") + f"?kind={kind}"
        if kind in hidden:
            # Written but hidden: the list of them, to publish one.
            url = reverse("admin:pricing_priceterm_changelist") + f"?kind__exact={kind}"
        entries.append({"text": MISSING_KIND[kind], "url": url})
    return entries


def missing_company_details(site):
    """One entry naming the company details a buyer needs that are empty or placeholders."""
    fields = site.missing_company_details
    if not fields or site.pk is None:
        return []
    names = [SiteDetails._meta.get_field(name).verbose_name for name in fields]
    return [
        {
            "text": gettext("Company details missing or placeholders: %(fields)s")
            % {"fields": get_text_list([str(name) for name in names], gettext("and"))},
            "url": reverse("admin:services_sitedetails_change", args=[site.pk]),
        }
    ]


def missing_prices(site):
    """An entry when no price is published, or when prices carry VAT the company cannot charge."""
    counts = PriceRow.objects.published().aggregate(
        published=Count("pk"), with_vat=Count("pk", filter=~Q(vat_rate=VatRate.EXEMPT))
    )
    changelist = reverse("admin:pricing_pricerow_changelist")
    if not counts["published"]:
        return [{"text": gettext("No price is published"), "url": changelist}]
    if site.vat_registered is False and counts["with_vat"]:
        return [
            {
                "text": gettext("Prices carry VAT although the company is not registered for VAT"),
                "url": changelist + "?published__exact=1",
            }
        ]
    return []


@dashboard.widget(
    title=_("Missing for a complete offer"),
    permission=may_complete_the_offer,
    order=45,
    attention=True,
)
def complete_offer(request):
    user = request.user
    site = SiteDetails.load()
    entries = []
    if user.has_perm("pricing.change_pricerow"):
        entries += missing_prices(site)
    if user.has_perm("pricing.change_priceterm"):
        entries += missing_terms()
    if user.has_perm("services.change_sitedetails"):
        entries += missing_company_details(site)
    return {
        "count": len(entries),
        "entries": entries,
        "empty": _(
            "The offer is complete: prices, cancellation, travel and invoicing terms and the "
            "company details are published."
        ),
    }
