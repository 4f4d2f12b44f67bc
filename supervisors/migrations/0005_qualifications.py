"""
Qualifications as data: supervisor training and other background as kinds of credential
(with a scope in op), STOry membership, supervising since, methods, and sectors as one
shared list (Sector) instead of free text. 0006 moves the data; 0007 drops the old text.
"""

import django.core.validators
from django.db import migrations, models

import supervisors.models


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0004_one_voice"),
    ]

    operations = [
        migrations.CreateModel(
            name="Sector",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("name", models.CharField(max_length=100, unique=True, verbose_name="name")),
                (
                    "slug",
                    models.SlugField(
                        help_text="The sector in addresses, e.g. /tyonohjaajat/?ala=sosiaaliala. Made from the name; changing it breaks links that use the old one.",
                        max_length=100,
                        unique=True,
                        verbose_name="address key",
                    ),
                ),
                (
                    "order",
                    models.PositiveIntegerField(db_index=True, default=0, verbose_name="order"),
                ),
                ("updated_at", models.DateTimeField(auto_now=True, verbose_name="last changed")),
            ],
            options={
                "verbose_name": "sector",
                "verbose_name_plural": "sectors",
                "ordering": ["order", "name"],
            },
        ),
        migrations.AddField(
            model_name="credential",
            name="credits",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="In opintopiste (op), e.g. 60. Leave empty when it has none.",
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(
                        1, message="The scope is a positive number of credits (op)."
                    ),
                    django.core.validators.MaxValueValidator(
                        400, message="Give the scope in credits (op), at most %(limit_value)s."
                    ),
                ],
                verbose_name="scope (op)",
            ),
        ),
        migrations.AddField(
            model_name="credential",
            name="kind",
            field=models.CharField(
                choices=[
                    ("supervisor_training", "Supervisor training"),
                    ("background", "Other professional background"),
                ],
                default="background",
                help_text="Supervisor training, or other professional background such as a degree or a licence (sairaanhoitaja, psykoterapeutti).",
                max_length=30,
                verbose_name="kind",
            ),
        ),
        migrations.AddField(
            model_name="supervisor",
            name="methods",
            field=models.CharField(
                blank=True,
                help_text="Methods and approaches, separated by commas, e.g. ratkaisukeskeinen, dialoginen, toiminnalliset menetelmät.",
                max_length=300,
                verbose_name="methods",
            ),
        ),
        migrations.AddField(
            model_name="supervisor",
            name="story_member",
            field=models.BooleanField(
                default=False,
                help_text="A member of Suomen työnohjaajat ry (STOry), the association of trained supervisors. Buyers often ask for it.",
                verbose_name="STOry member",
            ),
        ),
        migrations.AddField(
            model_name="supervisor",
            name="story_register_url",
            field=models.URLField(
                blank=True,
                help_text="Their entry in STOry's public register of supervisors, if there is one, so that anyone can check the membership. Only for a member.",
                verbose_name="link to STOry's member register",
            ),
        ),
        migrations.AddField(
            model_name="supervisor",
            name="supervising_since",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="The year they began to work as a supervisor, shown as “työnohjaajana vuodesta 2012”.",
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(
                        1950, message="Give a year from %(limit_value)s onwards."
                    ),
                    supervisors.models.validate_not_future_year,
                ],
                verbose_name="supervising since",
            ),
        ),
        migrations.AlterField(
            model_name="credential",
            name="issuer",
            field=models.CharField(
                blank=True,
                help_text="Who gave the training or granted it, e.g. a university.",
                max_length=200,
                verbose_name="institution",
            ),
        ),
        migrations.AlterField(
            model_name="credential",
            name="title",
            field=models.CharField(
                help_text="E.g. Työnohjaajakoulutus, or Sairaanhoitaja (AMK).",
                max_length=200,
                verbose_name="title",
            ),
        ),
        migrations.AlterField(
            model_name="credential",
            name="verification_url",
            field=models.URLField(
                blank=True,
                help_text="A public register where anyone can check it, e.g. Valvira's JulkiTerhikki for a licensed health care professional (sairaanhoitaja, psykoterapeutti).",
                verbose_name="verification link",
            ),
        ),
        migrations.AlterField(
            model_name="credential",
            name="year",
            field=models.PositiveSmallIntegerField(
                blank=True,
                help_text="Completed in.",
                null=True,
                validators=[
                    django.core.validators.MinValueValidator(
                        1950, message="Give a year from %(limit_value)s onwards."
                    ),
                    supervisors.models.validate_not_future_year,
                ],
                verbose_name="year",
            ),
        ),
        # The free-text sectors are kept aside until 0006 has moved them into the list.
        migrations.RenameField(
            model_name="supervisor",
            old_name="sectors",
            new_name="sectors_text",
        ),
        migrations.AddField(
            model_name="supervisor",
            name="sectors",
            field=models.ManyToManyField(
                blank=True,
                help_text="Sectors they know. Visitors filter the supervisors by these, and a client who names their sector when booking or writing is offered a supervisor who knows it. Add a missing sector with +.",
                related_name="supervisors",
                to="supervisors.sector",
                verbose_name="sectors",
            ),
        ),
    ]
