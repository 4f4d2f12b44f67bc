"""
The site's email: a text body and, usually, an HTML body rendered from templates.

Each app's sender builds its subject, context and recipients and hands them to ``send``.
"""

from email.utils import formataddr
from functools import wraps

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.encoding import punycode


def mailbox(name, address):
    """
    ``"Name <address>"`` for a header, with an internationalised domain in its ASCII form.

    ``test@bücher.example`` becomes ``test@xn--bcher-kva.example``, which every mail server
    carries; the name may be any text (it is encoded by the email package).
    """
    local_part, _at, domain = address.rpartition("@")
    return formataddr((name, f"{local_part}@{punycode(domain)}"))


def render_subject(template_name, context):
    """A subject rendered from a template, its whitespace (line breaks too) made single spaces."""
    return " ".join(render_to_string(template_name, context).split())


def send(subject, template, context, to, reply_to=None, html=True, attachments=()):
    """
    Send ``template + ".txt"`` as the body, with ``template + ".html"`` as its HTML alternative
    (unless ``html`` is false), from DEFAULT_FROM_EMAIL, and ``attachments`` (MIME parts).
    """
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string(f"{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=to,
        reply_to=reply_to,
    )
    if html:
        message.attach_alternative(render_to_string(f"{template}.html", context), "text/html")
    for attachment in attachments:
        message.attach(attachment)
    message.send()


def in_recipients_language(send):
    """
    A sender of a row's email to a client, run in the language the client used on the site
    (the row's ``language``): its words, dates and links speak it.
    """

    @wraps(send)
    def sender(row, *args, **kwargs):
        with translation.override(row.language):
            return send(row, *args, **kwargs)

    return sender
