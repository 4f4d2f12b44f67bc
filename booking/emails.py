"""The booking app's email: confirmations, updates and cancellations with an invite, reminders."""

from email.mime.text import MIMEText

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core import emails
from core.emails import in_recipients_language, mailbox
from services.models import SiteDetails

from . import invites
from .timefmt import slot_label

NEW, MOVED, CANCELLED = "new", "moved", "cancelled"


def kind(booking):
    if not booking.is_active:
        return CANCELLED
    return MOVED if booking.sequence else NEW


def _invite_part(booking, for_client):
    method = "REQUEST" if booking.is_active else "CANCEL"
    part = MIMEText(invites.invite(booking, for_client).decode(), "calendar", "utf-8")
    part.set_param("method", method)
    # The file's name as the reader's calendar or mail program shows it: "kutsu.ics".
    part.add_header("Content-Disposition", "attachment", filename=_("invite.ics"))
    return part


def _send(template, subject, context, to, reply_to=None, attachments=()):
    emails.send(
        subject,
        f"booking/emails/{template}",
        context,
        to=to,
        reply_to=reply_to,
        attachments=attachments,
    )


def staff_recipients(booking):
    if booking.supervisor.email:
        return [booking.supervisor.email]
    recipients = list(settings.CONTACT_RECIPIENTS)
    if not recipients:
        raise ValueError("CONTACT_RECIPIENTS is empty and the supervisor has no email.")
    return recipients


def _context(booking):
    return {
        "booking": booking,
        "kind": kind(booking),
        "when": slot_label(booking.start),
        "site": SiteDetails.load(),
    }


def _client_context(booking):
    """The context of the client's emails: with their own link to cancel or move."""
    return {
        **_context(booking),
        "manage_url": booking.manage_url(),
        "deadline": slot_label(booking.self_service_deadline()),
        "booking_url": settings.SITE_URL.rstrip("/") + reverse("booking:times"),
    }


@in_recipients_language
def send_to_client(booking):
    """
    Tell the client the booking's current state, with the invite (or its cancellation), in
    the language they booked in.
    """
    context = _client_context(booking)
    subjects = {
        NEW: _("Booking confirmed: %(when)s"),
        MOVED: _("Booking moved: %(when)s"),
        CANCELLED: _("Booking cancelled: %(when)s"),
    }
    site = context["site"]
    _send(
        "client",
        subjects[context["kind"]] % context,
        context,
        to=[mailbox(booking.name, booking.email)],
        reply_to=[site.email] if site.email else None,
        attachments=[_invite_part(booking, for_client=True)],
    )


def send_to_staff(booking):
    """
    Tell the supervisor (or CONTACT_RECIPIENTS) the booking's current state, with the invite,
    in Finnish whatever the client's language.

    Neither the email nor the invite holds the client's link to cancel or move the booking.
    """
    with translation.override(settings.LANGUAGE_CODE):
        _send_to_staff(booking)


def _send_to_staff(booking):
    context = _context(booking)
    context["admin_url"] = settings.SITE_URL.rstrip("/") + reverse(
        "admin:booking_booking_change", args=[booking.pk]
    )
    subjects = {
        NEW: _("New booking: %(when)s, %(name)s"),
        MOVED: _("Booking moved: %(when)s, %(name)s"),
        CANCELLED: _("Booking cancelled: %(when)s, %(name)s"),
    }
    _send(
        "staff",
        subjects[context["kind"]] % {**context, "name": booking.name},
        context,
        to=staff_recipients(booking),
        reply_to=[mailbox(booking.name, booking.email)],
        attachments=[_invite_part(booking, for_client=False)],
    )


@in_recipients_language
def send_reminder(booking):
    """Remind the client of their booking, in the language they booked in."""
    context = _client_context(booking)
    site = context["site"]
    _send(
        "reminder",
        _("Reminder: your free first conversation %(when)s") % context,
        context,
        to=[mailbox(booking.name, booking.email)],
        reply_to=[site.email] if site.email else None,
    )
