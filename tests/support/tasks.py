"""A task for tests of the worker itself."""

import smtplib

from django_tasks import task

REFUSED_ADDRESS = "matti.meikalainen@example.com"


@task()
def refused_by_the_mail_server(enquiry_id):
    """Fail as a task that let a mail server's refusal escape would: the address in its text."""
    raise smtplib.SMTPRecipientsRefused(
        {REFUSED_ADDRESS: (550, f"5.1.1 <{REFUSED_ADDRESS}>: User unknown".encode())}
    )
