"""The contact app's email: each message is a subject, a text body and an HTML body template."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from core import emails
from core.emails import in_recipients_language, mailbox
from services.models import SiteDetails


def _send(template_prefix, context, to, reply_to):
    subject = emails.render_subject(f"emails/{template_prefix}_subject.txt", context)
    emails.send(subject, f"emails/{template_prefix}", context, to=to, reply_to=reply_to)


def send_enquiry_notification(enquiry):
    """
    Email the enquiry to staff, in Finnish whatever the sender's language. Replies go to the
    sender; it is never sent *from* them.
    """
    with translation.override(settings.LANGUAGE_CODE):
        _send_notification(enquiry)


def _send_notification(enquiry):
    recipients = list(settings.CONTACT_RECIPIENTS)
    if not recipients:
        raise ValueError("CONTACT_RECIPIENTS is empty: no one to notify.")
    admin_path = reverse("admin:contact_enquiry_change", args=[enquiry.pk])
    context = {
        "enquiry": enquiry,
        "site": SiteDetails.load(),
        "admin_url": settings.SITE_URL.rstrip("/") + admin_path,
    }
    _send(
        "enquiry_notification",
        context,
        to=recipients,
        reply_to=[mailbox(enquiry.name, enquiry.email)],
    )


@in_recipients_language
def send_enquiry_confirmation(enquiry):
    """
    Acknowledge the enquiry to its sender with fixed text, so the form relays nothing, in the
    language they wrote in.
    """
    site = SiteDetails.load()
    _send(
        "enquiry_confirmation",
        {"site": site},
        to=[mailbox("", enquiry.email)],
        reply_to=[site.email] if site.email else None,
    )
