"""
Calendar feeds belong to those who handle bookings. Enquiry handlers may now see the
calendars, to make a supervisor's feed address; each feed records who made its address and
is served only while they may read bookings. Addresses made before are withdrawn: anyone
with the calendars' rights could make one (a content editor too), so who holds them is
unknown. Make a new one in the admin.
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

from core.roles import ENQUIRY_HANDLERS, grant


def withdraw_feed_addresses(apps, schema_editor):
    apps.get_model("booking", "Calendar").objects.update(feed_token_hash=None)


def let_booking_handlers_see_calendars(apps, schema_editor=None):
    grant(apps, ENQUIRY_HANDLERS, "booking", codenames=["view_calendar"])


class Migration(migrations.Migration):
    dependencies = [
        ("booking", "0004_booking_map_summary"),
        ("services", "0003_staff_roles"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name="calendar",
            name="feed_issued_to",
            field=models.ForeignKey(
                blank=True,
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="feed address made by",
            ),
        ),
        migrations.RunPython(withdraw_feed_addresses, migrations.RunPython.noop),
        migrations.RunPython(let_booking_handlers_see_calendars, migrations.RunPython.noop),
    ]
