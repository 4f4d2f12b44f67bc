"""Team surveys on the admin's front page: counts only, never answers."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core import dashboard

from . import team
from .models import TeamSurvey


@dashboard.widget(
    title=_("Open team surveys"), permission="community_map.view_teamsurvey", order=30
)
def open_team_surveys(request):
    count = TeamSurvey.objects.filter(closed_on__isnull=True, ends_on__gte=team.today()).count()
    return {
        "count": count,
        "link": reverse("admin:community_map_teamsurvey_changelist"),
        "link_text": _("List the surveys"),
        "empty": _("No team survey is open."),
    }
