"""The participants of an event as CSV for staff: the list for the day, and the invoicing."""

import csv
import io

from django.db.models import Q
from django.utils.translation import gettext as _

from core.local_times import local

from .models import Registration

# Excel opens a UTF-8 file with a byte order mark as UTF-8, and a semicolon-separated one in
# columns in Finland.
BOM = "\ufeff"


def _csv(header, rows):
    out = io.StringIO()
    out.write(BOM)
    writer = csv.writer(out, delimiter=";")
    writer.writerow(header)
    for row in rows:
        # A cell a spreadsheet would run as a formula is written as text.
        writer.writerow(
            [
                "'" + cell if isinstance(cell, str) and cell[:1] in "=+-@\t\r" else cell
                for cell in row
            ]
        )
    return out.getvalue()


def participants(registrations):
    """The active ones of ``registrations``, by event: registered first, then the waitlist."""
    registrations = (
        registrations.exclude(status=Registration.Status.CANCELLED)
        .select_related("event")
        .order_by("event__starts_at", "event_id", "status", "queued_at", "created_at", "pk")
    )
    header = [_("Event"), _("Status"), _("Name"), _("Email"), _("Organisation"), _("Title"),
              _("Dietary needs"), _("Registered")]  # fmt: skip
    rows = (
        [
            r.event.title,
            r.get_status_display(),
            r.name,
            r.email,
            r.organisation,
            r.job_title,
            r.dietary_needs,
            local(r.created_at).strftime("%d.%m.%Y %H.%M"),
        ]
        for r in registrations
    )
    return _csv(header, rows)


def invoicing(registrations):
    """
    What to invoice of ``registrations``: each participant who holds a place, or cancelled
    after the free cancellation period, of an event with a fee; the amounts from its price.
    """
    registrations = sorted(
        registrations.filter(event__price__gt=0)
        .filter(Q(status=Registration.Status.REGISTERED) | Q(late_cancellation=True))
        .select_related("event"),
        key=lambda r: (r.event.starts_at, r.organisation.lower(), r.name.lower()),
    )
    header = [_("Event"), _("Participant"), _("Organisation"), _("Who pays"),
              _("E-invoice address"), _("E-invoice operator"), _("Invoicing email"),
              _("Buyer's reference"), _("Price without VAT"), _("VAT %"), _("VAT"), _("Total"),
              _("Note")]  # fmt: skip
    rows = []
    for r in registrations:
        price = r.event.price_parts
        rows.append([
            r.event.title, r.name, r.organisation, r.get_invoicing_display(),
            r.e_invoice_address, r.e_invoice_operator, r.invoice_email or r.email,
            r.buyer_reference, f"{price.net:.2f}".replace(".", ","),
            f"{price.rate.normalize():f}".replace(".", ","), f"{price.vat:.2f}".replace(".", ","),
            f"{price.gross:.2f}".replace(".", ","),
            _("Cancelled late") if r.late_cancellation else "",
        ])  # fmt: skip
    return _csv(header, rows)
