"""The map's slow work, run by the task worker (`manage.py db_worker`)."""

import smtplib

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from core import emails
from core.url_tokens import token_hash

from . import team
from .models import TeamLinkEmail


class TeamLinksNotSent(Exception):
    """
    The links email could not be sent. Its message names only the kind of failure: the mail
    server's own error repeats the refused address, and the task queue keeps the traceback.
    """


@task()
def email_team_links(pending_id):
    """
    Email a leader the results link of their new survey, once, and forget the address.

    The row is deleted before sending: whoever deletes it is the one sender, and the address
    and the key to the results link are gone from the database whether or not the mail server
    accepts. A failure is raised again without the server's words (``TeamLinksNotSent``).
    """
    pending = TeamLinkEmail.objects.select_related("survey").filter(pk=pending_id).first()
    if pending is None:
        return "gone"
    deleted, _by_model = TeamLinkEmail.objects.filter(pk=pending.pk).delete()
    if not deleted:
        return "gone"
    survey = pending.survey
    # In the language the leader made the survey in: the email and its links.
    with translation.override(survey.language):
        return _send_links(pending, survey)


def _send_links(pending, survey):
    results_token = team.results_token_for(pending.results_key)
    if token_hash(results_token) != survey.results_token_hash:
        # The secret key changed since the survey was made: a link that opens nothing is
        # not worth sending.
        raise TeamLinksNotSent("The results link no longer matches the survey (secret key?).")
    results_path = reverse("community_map:team_results", args=[results_token])
    context = {
        "survey": survey,
        "results_url": team.site_url(results_path),
        "codes_url": team.site_url(reverse("community_map:team_codes", args=[results_token])),
    }
    try:
        emails.send(
            render_to_string("emails/team_links_subject.txt", context).strip(),
            "emails/team_links",
            context,
            to=[pending.email],
            html=False,
        )
    except (smtplib.SMTPException, OSError) as error:
        raise TeamLinksNotSent(
            f"The mail server did not take the team links email ({type(error).__name__})."
        ) from None
    return "sent"
