"""The menu the site had, regrouped: four top-level entries beside the "Laita viestiä" button."""

from django.db import migrations

from core.roles import CONTENT_EDITORS, grant

# (label, target, children); a target is ("app", URL name), ("page", slug) or ("forms", None),
# the last standing for every form of supervision in its own order.
DEFAULT_MENU = [
    (
        "Palvelut",
        ("app", "services:form_list"),
        [("", ("forms", None)), ("Hinnat", ("app", "pricing:prices"))],
    ),
    ("Työnohjaajat", ("app", "supervisors:list"), []),
    (
        "Työotteemme",
        ("app", "services:approach"),
        [
            ("Vaikuttavuus", ("page", "vaikuttavuus")),
            ("Johtajuus", ("page", "johtajuus")),
            ("Yhteisöllinen dialogi", ("page", "yhteisollinen-dialogi")),
            ("Hyödyt", ("page", "hyodyt")),
        ],
    ),
    ("Työyhteisökartta", ("app", "community_map:questionnaire"), []),
]


def load_menu(apps, schema_editor=None):
    MenuItem = apps.get_model("navigation", "MenuItem")
    Page = apps.get_model("services", "Page")
    SupervisionForm = apps.get_model("services", "SupervisionForm")
    if MenuItem.objects.exists():
        return
    order = 0

    def add(label, target, parent=None):
        nonlocal order
        kind, name = target
        values = {"app": {"app_page": name}}.get(kind, {})
        if kind == "page":
            page = Page.objects.filter(slug=name).first()
            if page is None:
                return None
            values = {"page": page}
        order += 1
        return MenuItem.objects.create(label=label, parent=parent, order=order, **values)

    for label, target, children in DEFAULT_MENU:
        parent = add(label, target)
        for child_label, child_target in children:
            if child_target[0] == "forms":
                for form in SupervisionForm.objects.order_by("order", "name"):
                    order += 1
                    MenuItem.objects.create(form=form, parent=parent, order=order)
            else:
                add(child_label, child_target, parent)


def grant_permissions(apps, schema_editor=None):
    grant(apps, CONTENT_EDITORS, "navigation")


class Migration(migrations.Migration):
    dependencies = [
        ("navigation", "0001_menu_item"),
        ("services", "0008_privacy_statement_controller_and_fields"),
    ]

    operations = [
        migrations.RunPython(load_menu, migrations.RunPython.noop),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
