"""The agreement's link to the purchaser, in the process's language."""

from django.utils.translation import gettext as _

from core import emails
from core.emails import in_recipients_language, mailbox
from services.models import SiteDetails


@in_recipients_language
def send_link(agreement):
    """Email the purchaser the link to read and accept the agreement (agreement: its row)."""
    process = agreement.process
    site = SiteDetails.load()
    emails.send(
        _("Supervision agreement to accept: %(process)s") % {"process": process},
        "processes/emails/agreement_link",
        {
            "process": process,
            "supervisors": list(process.supervisors.all()),
            "link": agreement.manage_url(),
            "site": site,
        },
        to=[mailbox(process.purchaser_name, process.purchaser_email)],
        reply_to=[site.email] if site.email else None,
    )
