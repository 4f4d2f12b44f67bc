# The rate counter, moved here from the project package (tyonohjaus 0002 drops the old table:
# a counter lives one period, so starting with an empty table loses nothing that matters).

from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="RateCounter",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("key", models.CharField(max_length=80, unique=True, verbose_name="key")),
                ("count", models.PositiveIntegerField(default=0, verbose_name="count")),
                ("expires_at", models.DateTimeField(db_index=True, verbose_name="period ends")),
            ],
            options={
                "verbose_name": "rate counter",
                "verbose_name_plural": "rate counters",
            },
        ),
    ]
