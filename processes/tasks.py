"""The processes app's slow work, run by the task worker (`manage.py run_worker`)."""

from django_tasks import task

from .delivery import deliver_link


@task()
def send_agreement_link(agreement_id):
    """Email the agreement's link to the purchaser, at most once per request."""
    return deliver_link(agreement_id).value
