"""The free-text sectors, now in the shared list (0006), are dropped."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("supervisors", "0006_qualifications_data"),
    ]

    operations = [
        migrations.RemoveField(model_name="supervisor", name="sectors_text"),
    ]
