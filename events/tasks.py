"""The events app's slow work, run by the task worker (`manage.py run_worker`)."""

from django_tasks import task

from .delivery import deliver_email


@task()
def send_registration_email(registration_id):
    """Email the registration's latest state to the participant, at most once."""
    return deliver_email(registration_id).value
