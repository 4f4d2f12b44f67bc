"""The events app's slow work, run by the task worker (`manage.py run_worker`)."""

from django_tasks import task

from .delivery import deliver_email, deliver_staff_notice


@task()
def send_registration_email(registration_id):
    """Email the registration's latest state to the participant, at most once."""
    return deliver_email(registration_id).value


@task()
def send_staff_notice(registration_id):
    """Tell staff of a new registration or a participant's cancellation, at most once."""
    return deliver_staff_notice(registration_id).value
