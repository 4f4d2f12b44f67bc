"""The contact app's email: each message is a subject, a text body and an HTML body template."""

from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import punycode

from services.models import SiteDetails


def mailbox(name, address):
    """
    ``"Name <address>"`` for a header, with an internationalised domain in its ASCII form.

    ``test@bücher.example`` becomes ``test@xn--bcher-kva.example``, which every mail server
    carries; the name may be any text (it is encoded by the email package).
    """
    local_part, _at, domain = address.rpartition("@")
    return formataddr((name, f"{local_part}@{punycode(domain)}"))


def _render(template_prefix, context):
    subject = render_to_string(f"emails/{template_prefix}_subject.txt", context)
    return (
        " ".join(subject.split()),
        render_to_string(f"emails/{template_prefix}.txt", context),
        render_to_string(f"emails/{template_prefix}.html", context),
    )


def _send(template_prefix, context, to, reply_to):
    subject, text, html = _render(template_prefix, context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to,
    )
    message.attach_alternative(html, "text/html")
    message.send()


def send_enquiry_notification(enquiry):
    """Email the enquiry to staff. Replies go to the sender; it is never sent *from* them."""
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


def send_enquiry_confirmation(enquiry):
    """Acknowledge the enquiry to its sender with fixed text, so the form relays nothing."""
    site = SiteDetails.load()
    _send(
        "enquiry_confirmation",
        {"site": site},
        to=[mailbox("", enquiry.email)],
        reply_to=[site.email] if site.email else None,
    )
