"""The contact app's slow work, run by the task worker (`manage.py run_worker`)."""

from django.conf import settings
from django.db import transaction
from django_tasks import task

from .models import Enquiry


@task()
def notify_staff(enquiry_id):
    """Email the enquiry to staff, unless it is sent or being sent already."""
    return Enquiry.objects.deliver_notification(enquiry_id).value


@task()
def confirm_to_sender(enquiry_id):
    """Send the enquiry's sender the fixed acknowledgement, at most once."""
    return Enquiry.objects.deliver_confirmation(enquiry_id).value


def queue_emails(enquiry):
    """
    Once the enquiry is committed, queue its emails for the worker.

    The visitor never waits for a mail server. Should queueing fail, the enquiry is still
    stored and unsent, and `send_pending_enquiries` sends it.
    """

    def queue():
        notify_staff.enqueue(enquiry.pk)
        if settings.CONTACT_SEND_CONFIRMATION:
            confirm_to_sender.enqueue(enquiry.pk)

    transaction.on_commit(queue, robust=True)
