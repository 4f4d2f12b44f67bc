"""
Surveys made before answer codes are closed today and stay readable under the new rules.

Their answers came through one shared link, guarded only by a cookie: nobody can say how many
people they are from, so "6 / 8 answered" cannot be shown, and codes handed out now could not
vouch for the answers already in. Giving them codes would also need the results token, of
which only a hash is kept. Closing them is the honest choice: the leader's results link still
works and says why the survey closed; the shared link tells a member that it has; every figure
follows the new rules (five ratings at least, bands, steps).

In "steps" mode the answers are put into the steps the old results showed them in (whole
multiples of the threshold, in arrival order), so that no step is shown that was not shown
before; the answers left over stay hidden, as they did. Links emails still waiting hold the
results token in clear: they are deleted (the leader saw the link on screen when creating).
"""

from django.db import migrations
from django.utils import timezone


def close_surveys_without_codes(apps, schema_editor=None):
    TeamSurvey = apps.get_model("community_map", "TeamSurvey")
    TeamResponse = apps.get_model("community_map", "TeamResponse")
    TeamLinkEmail = apps.get_model("community_map", "TeamLinkEmail")
    today = timezone.localdate()
    for survey in TeamSurvey.objects.filter(member_count__isnull=True):
        if survey.closed_on is None and survey.ends_on >= today:
            survey.closed_on = today
            survey.ends_on = today
        if survey.reveal == "steps":
            arrived = list(
                TeamResponse.objects.filter(survey=survey)
                .order_by("pk")
                .values_list("pk", flat=True)
            )
            size = survey.threshold
            survey.shown_steps = len(arrived) // size
            for step in range(survey.shown_steps):
                TeamResponse.objects.filter(pk__in=arrived[step * size : (step + 1) * size]).update(
                    step=step + 1
                )
        survey.save(update_fields=["closed_on", "ends_on", "shown_steps"])
    TeamLinkEmail.objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("community_map", "0006_answer_codes"),
    ]

    operations = [
        migrations.RunPython(close_surveys_without_codes, migrations.RunPython.noop),
    ]
