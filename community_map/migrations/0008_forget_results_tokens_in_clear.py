"""The links email waits with a key to the results token, never the token itself (see 0007)."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("community_map", "0007_close_surveys_without_codes"),
    ]

    operations = [
        migrations.RemoveField(model_name="teamlinkemail", name="results_token"),
    ]
