from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def contact_recipients_check(app_configs, **kwargs):
    """Warn before deployment when enquiries would have no one to go to."""
    if settings.CONTACT_RECIPIENTS:
        return []
    return [
        Warning(
            "CONTACT_RECIPIENTS is empty: contact enquiries will be stored but emailed to no one.",
            hint="Set CONTACT_RECIPIENTS to the staff addresses, separated by commas.",
            id="contact.W001",
        )
    ]


@register(deploy=True)
def email_backend_check(app_configs, **kwargs):
    """A console email backend in production silently drops every enquiry notification."""
    if "console" not in settings.EMAIL_BACKEND and "locmem" not in settings.EMAIL_BACKEND:
        return []
    return [
        Warning(
            f"EMAIL_BACKEND is {settings.EMAIL_BACKEND}: no email leaves this server.",
            hint="Set EMAIL_URL to your SMTP server, e.g. smtp+tls://user:pass@host:587.",
            id="contact.W002",
        )
    ]
