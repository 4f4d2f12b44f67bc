"""Content widgets on the admin's front page: recent changes and quick actions."""

from django.contrib.admin.models import LogEntry
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from core import dashboard

RECENT = 8

# (label, admin URL name, permission): shown to whoever holds the permission.
QUICK_ACTIONS = [
    (_("Add a page"), "admin:services_page_add", "services.add_page"),
    (_("Edit prices"), "admin:pricing_pricerow_changelist", "pricing.change_pricerow"),
    (_("Add a supervisor"), "admin:supervisors_supervisor_add", "supervisors.add_supervisor"),
    (
        _("Add a form of supervision"),
        "admin:services_supervisionform_add",
        "services.add_supervisionform",
    ),
    (_("Upload an image"), "admin:images_image_add", "images.add_image"),
]


# Changes to these are not content: enquiries have their own widgets, the rest is technical.
NOT_CONTENT = ["contact", "auth", "axes", "django_tasks_database", "otp_totp", "otp_static"]
# Clients' records inside content apps, which have their own widgets too.
CLIENT_RECORDS = {("booking", "booking"), ("events", "registration")}


def _is_content(app_label, model):
    return app_label not in NOT_CONTENT and (app_label, model) not in CLIENT_RECORDS


def edits_content(user):
    """Whether ``user`` may change some content (seeing a booking calendar is not editing)."""
    return user.is_staff and any(
        _is_content(app_label, codename.removeprefix("change_"))
        for app_label, codename in (
            permission.split(".", 1) for permission in user.get_all_permissions()
        )
        if codename.startswith("change_")
    )


def _can_view_type(user, content_type):
    if content_type is None:
        return False
    return user.has_perm(f"{content_type.app_label}.view_{content_type.model}")


@dashboard.widget(
    title=_("Changed recently"),
    permission=edits_content,
    order=50,
    template="admin/dashboard/recent_changes.html",
)
def recent_changes(request):
    """The latest admin changes to content this staff member may view, with who made them."""
    entries = (
        LogEntry.objects.select_related("user", "content_type")
        .exclude(content_type__app_label__in=NOT_CONTENT)
        .order_by("-action_time")[: RECENT * 4]
    )
    shown = [
        entry
        for entry in entries
        if _can_view_type(request.user, entry.content_type)
        and _is_content(entry.content_type.app_label, entry.content_type.model)
    ]
    return {"entries": shown[:RECENT]}


@dashboard.widget(
    title=_("Quick actions"),
    permission=lambda user: any(user.has_perm(permission) for *_rest, permission in QUICK_ACTIONS),
    order=40,
    template="admin/dashboard/quick_actions.html",
)
def quick_actions(request):
    actions = []
    for label, url_name, permission in QUICK_ACTIONS:
        if not request.user.has_perm(permission):
            continue
        try:
            actions.append({"label": label, "url": reverse(url_name)})
        except NoReverseMatch:
            continue
    return {"actions": actions}
