"""
The booking page and the team map join the default menu, each under the entry it belongs to.

The app page list named booking by a URL name the booking app does not have
(``booking:start``); its page is ``booking:times``. Entries staff saved under the old name are
renamed. The new entries are added only while the seeded parent is still a top-level entry
and the menu has no entry for the page yet, so a menu staff have reshaped is left as it is.
"""

from django.db import migrations, models

# (parent's app page, label, app page): each new entry goes last under its parent, so the
# number of top-level entries (and the header's single row) stays as it is.
NEW_ENTRIES = [
    ("services:form_list", "Maksuton tutustumiskeskustelu", "booking:times"),
    ("community_map:questionnaire", "Tiimin työyhteisökartta", "community_map:team_create"),
]


def add_entries(apps, schema_editor=None):
    MenuItem = apps.get_model("navigation", "MenuItem")
    MenuItem.objects.filter(app_page="booking:start").update(app_page="booking:times")
    for parent_page, label, app_page in NEW_ENTRIES:
        if MenuItem.objects.filter(app_page=app_page).exists():
            continue
        parent = (
            MenuItem.objects.filter(parent__isnull=True, app_page=parent_page)
            .order_by("order", "pk")
            .first()
        )
        if parent is None:
            continue
        last = max(
            [parent.order, *parent.children.values_list("order", flat=True)],
        )
        # Make room right after the parent's last child; orders stay distinct for the admin.
        MenuItem.objects.filter(order__gt=last).update(order=models.F("order") + 1)
        MenuItem.objects.create(label=label, app_page=app_page, parent=parent, order=last + 1)


def remove_entries(apps, schema_editor=None):
    MenuItem = apps.get_model("navigation", "MenuItem")
    for _parent_page, label, app_page in NEW_ENTRIES:
        MenuItem.objects.filter(label=label, app_page=app_page, parent__isnull=False).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("navigation", "0002_default_menu"),
    ]

    operations = [
        migrations.AlterField(
            model_name="menuitem",
            name="app_page",
            field=models.CharField(
                blank=True,
                choices=[
                    ("services:home", "Home"),
                    ("services:form_list", "Forms of supervision"),
                    ("services:approach", "Our approach"),
                    ("supervisors:list", "Supervisors"),
                    ("pricing:prices", "Prices"),
                    ("faq:questions", "Frequently asked questions"),
                    ("community_map:questionnaire", "Work community map"),
                    ("community_map:team_create", "Team work community map"),
                    ("booking:times", "Booking"),
                    ("contact:form", "Send a message"),
                ],
                max_length=60,
                verbose_name="other page of the site",
            ),
        ),
        migrations.RunPython(add_entries, remove_entries),
    ]
