"""The map's slow work, run by the task worker (`manage.py db_worker`)."""

from django.template.loader import render_to_string
from django.urls import reverse
from django_tasks import task

from core import emails

from . import team
from .models import TeamLinkEmail


@task()
def email_team_links(pending_id):
    """
    Email a leader the links of their new survey, once, and forget the address.

    The row is deleted before sending: whoever deletes it is the one sender, and the address
    and the results link are gone from the database whether or not the mail server accepts.
    """
    pending = TeamLinkEmail.objects.select_related("survey").filter(pk=pending_id).first()
    if pending is None:
        return "gone"
    deleted, _by_model = TeamLinkEmail.objects.filter(pk=pending.pk).delete()
    if not deleted:
        return "gone"
    context = {
        "survey": pending.survey,
        "answer_url": team.site_url(
            reverse("community_map:team_answer", args=[pending.survey.answer_token])
        ),
        "results_url": team.site_url(
            reverse("community_map:team_results", args=[pending.results_token])
        ),
    }
    emails.send(
        render_to_string("emails/team_links_subject.txt", context).strip(),
        "emails/team_links",
        context,
        to=[pending.email],
        html=False,
    )
    return "sent"
