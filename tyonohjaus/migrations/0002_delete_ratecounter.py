# The rate counter moved to the shared layer (core 0001). Its rows live one rate-limit
# period, so the old table is dropped rather than copied.

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("tyonohjaus", "0001_rate_counter"),
        ("core", "0001_initial"),
    ]

    operations = [
        migrations.DeleteModel(name="RateCounter"),
    ]
