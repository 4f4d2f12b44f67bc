"""
The team map becomes a ballot: single-use answer codes (AnswerCode, kept as keyed digests),
the team's size, the sorted list of used codes on the survey, and the step each answer was
first shown in. The shared answer link of older surveys is kept only to tell its visitors
that the survey has closed (0007); the links email keeps a key, not the results token (0008).
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("community_map", "0005_revise_seeded_texts"),
    ]

    operations = [
        migrations.RenameField(
            model_name="teamsurvey", old_name="answer_token", new_name="legacy_answer_token"
        ),
        migrations.AlterField(
            model_name="teamsurvey",
            name="legacy_answer_token",
            field=models.CharField(
                blank=True,
                max_length=64,
                null=True,
                unique=True,
                verbose_name="shared answer token (before answer codes)",
            ),
        ),
        migrations.AddField(
            model_name="teamsurvey",
            name="member_count",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text=(
                    "Empty for a survey made with one shared answer link, before answer codes."
                ),
                null=True,
                verbose_name="members (answer codes)",
            ),
        ),
        migrations.AddField(
            model_name="teamsurvey",
            name="used_codes",
            field=models.JSONField(default=list, editable=False, verbose_name="used answer codes"),
        ),
        migrations.AddField(
            model_name="teamsurvey",
            name="shown_steps",
            field=models.PositiveSmallIntegerField(default=0, verbose_name="steps shown"),
        ),
        migrations.AlterField(
            model_name="teamsurvey",
            name="reveal",
            field=models.CharField(
                choices=[
                    ("closed", "Only after the survey has closed"),
                    ("steps", "While open, in steps of the smallest number of answers"),
                ],
                default="closed",
                max_length=10,
                verbose_name="figures shown",
            ),
        ),
        migrations.AddConstraint(
            model_name="teamsurvey",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    ("member_count__isnull", True),
                    ("answer_count__lte", models.F("member_count")),
                    _connector="OR",
                ),
                name="team_survey_one_answer_per_code",
            ),
        ),
        migrations.AddField(
            model_name="teamresponse",
            name="step",
            field=models.PositiveSmallIntegerField(
                blank=True, null=True, verbose_name="shown in step"
            ),
        ),
        migrations.CreateModel(
            name="AnswerCode",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("digest", models.CharField(max_length=64, unique=True)),
                (
                    "survey",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="answer_codes",
                        to="community_map.teamsurvey",
                    ),
                ),
            ],
            options={
                "verbose_name": "answer code",
                "verbose_name_plural": "answer codes",
            },
        ),
        migrations.AddField(
            model_name="teamlinkemail",
            name="results_key",
            field=models.CharField(default="", max_length=64),
            preserve_default=False,
        ),
    ]
