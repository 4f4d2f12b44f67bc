"""The contact app's slow work, run by the task worker (`manage.py db_worker`)."""

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
