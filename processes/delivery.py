"""
Sending the agreement's link through the outbox (core.outbox): exactly one of any number of
simultaneous senders sends it, never inside a transaction; a failure is recorded on the
agreement (staff see it and may send again), never raised.
"""

import logging

from django.utils import timezone

from core import outbox

from . import emails
from .models import Agreement

logger = logging.getLogger(__name__)


def deliver_link(pk):
    """Email agreement ``pk``'s link to the purchaser, once per request to send it."""
    return outbox.deliver(
        pk,
        outbox.Lease(Agreement.objects.unsent(), "claimed_until", attempts="email_attempts"),
        Agreement.objects.select_related("process"),
        emails.send_link,
        sent=lambda agreement: {
            "sent_at": timezone.now(),
            "sent_to": agreement.process.purchaser_email,
        },
        error_field="email_error",
        log=(logger, "Could not email agreement %s's link"),
    )


def send_pending():
    """Send every link staff asked to send and that has not gone; the (sent, failed) counts."""
    pending = Agreement.objects.unsent().order_by("pk").values_list("pk", flat=True)
    return outbox.counts([deliver_link(pk) for pk in pending])
