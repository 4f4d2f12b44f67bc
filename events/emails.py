"""The events app's email: a registration's state (with the invite, or its cancellation), and
the reminder the day before, each in the language the participant registered in."""

from email.mime.text import MIMEText

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from core import emails
from core.emails import in_recipients_language, mailbox
from services.models import SiteDetails

from . import invites

REGISTERED, PROMOTED, WAITLISTED, CANCELLED, EVENT_CANCELLED = (
    "registered",
    "promoted",
    "waitlisted",
    "cancelled",
    "event_cancelled",
)


def kind(registration):
    if registration.is_cancelled:
        if registration.cancelled_by == registration.CancelledBy.EVENT:
            return EVENT_CANCELLED
        return CANCELLED
    if registration.is_waitlisted:
        return WAITLISTED
    return PROMOTED if registration.promoted_at else REGISTERED


def had_invite(registration):
    """Whether the participant was ever sent the invite (they had a place at some time)."""
    return registration.queued_at is None or registration.promoted_at is not None


def _invite_part(registration):
    method = "REQUEST" if registration.is_registered else "CANCEL"
    part = MIMEText(invites.invite(registration).decode(), "calendar", "utf-8")
    part.set_param("method", method)
    part.add_header("Content-Disposition", "attachment", filename=_("invite.ics"))
    return part


def _context(registration):
    event = registration.event
    return {
        "registration": registration,
        "event": event,
        "kind": kind(registration),
        "dates": event.dates,
        "manage_url": registration.manage_url(),
        "event_url": settings.SITE_URL.rstrip("/") + event.get_absolute_url(),
        "events_url": settings.SITE_URL.rstrip("/") + reverse("events:list"),
        "position": registration.waitlist_position(),
        "site": SiteDetails.load(),
    }


def _send(template, subject, context, registration, attachments=()):
    site = context["site"]
    emails.send(
        subject,
        f"events/emails/{template}",
        context,
        to=[mailbox(registration.name, registration.email)],
        reply_to=[site.email] if site.email else None,
        attachments=attachments,
    )


@in_recipients_language
def send_state(registration):
    """Tell the participant the registration's current state."""
    context = _context(registration)
    subjects = {
        REGISTERED: _("Registration confirmed: %(title)s"),
        PROMOTED: _("You got a place: %(title)s"),
        WAITLISTED: _("On the waitlist: %(title)s"),
        CANCELLED: _("Registration cancelled: %(title)s"),
        EVENT_CANCELLED: _("Event cancelled: %(title)s"),
    }
    current = context["kind"]
    attach = current in (REGISTERED, PROMOTED) or (
        current in (CANCELLED, EVENT_CANCELLED) and had_invite(registration)
    )
    _send(
        "state",
        subjects[current] % {"title": registration.event.title},
        context,
        registration,
        attachments=[_invite_part(registration)] if attach else (),
    )


@in_recipients_language
def send_reminder(registration):
    """Remind the participant of the event; an online event's reminder carries its link."""
    _send(
        "reminder",
        _("Reminder: %(title)s") % {"title": registration.event.title},
        _context(registration),
        registration,
    )


def staff_notice_kind(registration):
    """
    What a notice to staff tells: a new registration (the group's first, never told of yet;
    it lists the whole group as it stands) or a participant's own cancellation.
    """
    if registration.staff_sent_sequence is None and registration.group_position == 0:
        return REGISTERED
    return CANCELLED


def send_staff_notice(registration):
    """
    Tell staff (CONTACT_RECIPIENTS) of a new registration or a participant's cancellation, in
    Finnish whatever the participant's language. It holds no link of the participant's.
    """
    recipients = list(settings.CONTACT_RECIPIENTS)
    if not recipients:
        raise ValueError("CONTACT_RECIPIENTS is empty.")
    with translation.override(settings.LANGUAGE_CODE):
        event = registration.event
        current = staff_notice_kind(registration)
        group = list(
            type(registration)
            .objects.filter(group_key=registration.group_key)
            .order_by("group_position")
        )
        admin_url = settings.SITE_URL.rstrip("/") + reverse("admin:events_registration_changelist")
        context = {
            "registration": registration,
            "event": event,
            "kind": current,
            "dates": event.dates,
            "group": group if current == REGISTERED else [registration],
            "places_left": event.places_left,
            "waitlisted": event.registrations.waitlisted().count(),
            "admin_url": f"{admin_url}?event__id__exact={event.pk}",
        }
        if current == REGISTERED:
            subject = _("New registration: %(title)s, %(organisation)s (%(count)s)")
        else:
            subject = _("Registration cancelled: %(title)s, %(name)s")
        emails.send(
            subject
            % {
                "title": event.title,
                "organisation": registration.organisation or registration.name,
                "count": len(group),
                "name": registration.name,
            },
            "events/emails/staff",
            context,
            to=recipients,
            reply_to=[mailbox(registration.name, registration.email)],
        )
