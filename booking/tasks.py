"""The booking app's slow work, run by the task worker (`manage.py run_worker`)."""

from django_tasks import task

from .delivery import deliver_email
from .models import AUDIENCES


@task()
def send_booking_emails(booking_id):
    """Email the booking's latest state to the client and to staff, each at most once."""
    return [deliver_email(booking_id, audience).value for audience in AUDIENCES]
